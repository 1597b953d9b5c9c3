# sys: version, flags, implementation, streams, hooks, frames, limits, sizes, exception info
import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.version.startswith("3.11."), sys.hexversion >> 16 == 0x30b, sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version == sys.version_info)
print(type(sys.implementation).__name__, repr(sys.implementation).startswith("namespace(name='cpython'"))
print(sys.flags.optimize, sys.flags.debug, sys.flags.hash_randomization, sys.flags.dev_mode, type(sys.flags).__name__, len(sys.flags))
print(sys.argv[0] == __file__, sys.argv[1:], type(sys.path), sys.modules["sys"] is sys, "__main__" in sys.modules)
print("threading" in sys.stdlib_module_names, "numpy" in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__)
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in [0, -1]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.setswitchinterval(0.005)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(1000)

# the standard streams
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.flush(), sys.stderr.write("to stderr\n"))
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.encoding, sys.stdin.mode, sys.stdout.mode)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.isatty() in (True, False))
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
capture = Capture()
sys.stdout = capture
print("captured", 1, 2)
sys.stdout = sys.__stdout__
print("captured:", capture.parts)

# the exception being handled
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, sys.exception() is v)
print(sys.exc_info())

# frames
def inner():
    f = sys._getframe(); line = f.f_lineno
    back = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name, back.f_code.co_name, line, f.f_globals is globals()
def outer():
    return inner()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back, sys._getframe().f_code.co_filename == __file__)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)

# sizes as CPython 3.11 reports them on 64-bit Linux
class Plain:
    pass
class Sized:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(True))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof(b"ab"))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof([0] * 4), sys.getsizeof({}), sys.getsizeof(set()))
print(sys.getsizeof(dict.fromkeys(range(3))), sys.getsizeof({"a": 1}), sys.getsizeof(set(range(5))))
print(sys.getsizeof(Plain()), sys.getsizeof(Sized()), sys.getsizeof(Sized(), 7))

# the hooks
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
sys.displayhook(42)
sys.displayhook(None)
print(_)
def my_hook(t, v, tb):
    print("my excepthook:", t.__name__, v, file=sys.stderr)
sys.excepthook = my_hook
print(sys.is_finalizing(), sys.gettrace(), sys.getprofile())
print(sys.getrefcount(object()) >= 1, sys.intern("abc"), sys.getdefaultencoding())
raise SystemError("reported by my_hook")
