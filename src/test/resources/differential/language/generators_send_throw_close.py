def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                print("handled inside", e)
                received = "after-throw"
    finally:
        print("generator cleanup")
g = echo()
print(next(g))
print(g.send(1), g.send("two"))
print(g.throw(ValueError("bad")))
print(g.send(3))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print(e)
def stops():
    yield 1
    return "done"
g3 = stops()
next(g3)
try:
    g3.send(None)
except StopIteration as e:
    print("value", e.value, e.args)
def unhandled():
    yield 1
g4 = unhandled()
next(g4)
try:
    g4.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
g5 = unhandled()
try:
    g5.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw", e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g6 = ignores_exit()
next(g6)
try:
    g6.close()
except RuntimeError as e:
    print(e)
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g7 = catches_exit()
next(g7)
g7.close()
g7.close()
print(unhandled().close())
g8 = unhandled()
print(g8.throw(ValueError, None) if False else "skip")
