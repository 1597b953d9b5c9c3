def run(source):
    exec(source)
run("a = 1\nb = a / 0")
