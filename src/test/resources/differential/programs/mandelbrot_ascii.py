# An ASCII Mandelbrot set, as in many "Python is slow" posts.
def mandelbrot(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


chars = " .:-=+*#%@"
for y in range(-12, 13):
    row = ""
    for x in range(-39, 20):
        n = mandelbrot(complex(x / 20, y / 10))
        row += chars[min(n * len(chars) // 51, len(chars) - 1)]
    print(row.rstrip())
