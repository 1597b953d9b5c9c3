# atexit: register with arguments, unregister, failing callbacks reported, last registered first
import atexit, sys

def greet(name, punctuation="!"):
    print("goodbye", name + punctuation)

def fails():
    raise ValueError("callback failed")

print(atexit.register(greet, "world", punctuation="."))
atexit.register(fails)
atexit.register(greet, "twice")
atexit.register(greet, "removed")
atexit.unregister(greet)
atexit.register(greet, "again")
@atexit.register
def decorated():
    print("decorated callback")
print(decorated.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
atexit.register(sys.exit, 4)
print("end of program")
