print("units loaded as", __name__, "package", __package__)
SCALE = 2
def scale(x):
    return x * SCALE
