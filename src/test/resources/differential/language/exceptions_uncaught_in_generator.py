def produce():
    for i in range(3):
        if i == 2:
            raise RuntimeError("producer broke")
        yield i
def consume():
    return [x * 2 for x in produce()]
print(consume())
