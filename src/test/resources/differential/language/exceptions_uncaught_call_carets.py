def parse(x):
    return int(x)
result = [parse(v) for v in ["1", "2", "three"]]
