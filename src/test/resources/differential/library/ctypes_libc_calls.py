# libc through ctypes: default conversions, argtypes and restype, buffers, errno and callbacks.
import ctypes
import ctypes.util
from ctypes import (CDLL, PyDLL, CFUNCTYPE, POINTER, byref, c_char_p, c_double, c_int, c_long, c_size_t,
                    c_void_p, create_string_buffer, sizeof)

print(ctypes.util.find_library("c"), ctypes.util.find_library("m"), ctypes.util.find_library("no_such_lib_xyz"))
libc = CDLL(ctypes.util.find_library("c"))
libm = ctypes.cdll.LoadLibrary("libm.so.6")
print(libc.abs(-42), libc["abs"](7), libc.abs is libc.abs, libc["abs"] is libc["abs"])
print(libc.strlen(b"hello, world"), libc.atoi(b"  1234xyz"), libc.strcmp(b"abc", b"abd") < 0)
print(libc.abs.restype, libc.abs.argtypes, type(libc.abs).__name__)
print(libc.toupper(ord("q")), chr(libc.toupper(ord("q"))))
print(libc.wcslen("wide string"))

libc.labs.argtypes = [c_long]
libc.labs.restype = c_long
print(libc.labs(-(2 ** 40)))

libm.cos.argtypes = [c_double]
libm.cos.restype = c_double
libm.pow.restype = c_double
print(libm.cos(0.0), libm.pow(c_double(2.0), c_double(10.0)))

buf = create_string_buffer(64)
n = libc.snprintf(buf, sizeof(buf), b"%s=%d (%05.1f)", b"answer", 42, c_double(3.14159))
print(n, buf.value, sizeof(buf))

libc.strchr.restype = c_char_p
print(libc.strchr(b"find the needle", ord("n")))
print(libc.strchr(b"find", ord("z")))
libc.getenv.restype = c_char_p
print(libc.getenv(b"NO_SUCH_VARIABLE_CTYPES"))

end = c_char_p()
libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]  # source's copy must outlive the call: a buffer
source = create_string_buffer(b"0x1fZZ")
print(libc.strtol(source, byref(end), 16), end.value)

libc.memchr.restype = c_void_p
print(libc.memchr(b"abc", ord("q"), 3))

errno_libc = CDLL("libc.so.6", use_errno=True)
print(ctypes.get_errno())
print(errno_libc.close(-1), ctypes.get_errno())
print(ctypes.set_errno(0), ctypes.get_errno())

py = PyDLL(None)
print(py.abs(-5), type(py).__name__)
print(CDLL(None).strlen(b"self"))

# qsort with a Python comparison function: the callback takes the GIL back.
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []


def compare(a, b):
    calls.append(1)
    return a[0] - b[0]


values = (c_int * 8)(5, -3, 9, 0, 12, 7, -8, 1)
libc.qsort(values, len(values), sizeof(c_int), CMP(compare))
print(list(values), len(calls) > 0)
py.qsort(values, len(values), sizeof(c_int), CMP(lambda a, b: b[0] - a[0]))
print(list(values))

ADD = CFUNCTYPE(c_int, c_int, c_int)
add = ADD(lambda x, y: x + y)
print(add(2, 40), ADD is CFUNCTYPE(c_int, c_int, c_int))
