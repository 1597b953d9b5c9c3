# OSError's errno, strerror, filename and filename2 are writable members set from the constructor's
# arguments; a subclass that overrides __init__ (and not __new__) starts with empty args.
import errno as E
cases = [(), (1,), (2, 'No such file'), (2, 'No such file', None), (1, 2, 3, 4, 5, 6), ('a', 'b')]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), repr(e))
# A filename (and filename2) given: CPython keeps only errno and strerror in args; the model keeps them all.
for args in [(2, 'No such file', 'f'), (2, 'x', 'a', None, 'b')]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e))
e = OSError()
e.filename = 'x'; e.errno = 5; e.strerror = 's'
print(e.filename, e.errno, e.strerror, e.args, str(e))
e.filename2 = 'y'; print(str(e))
e = OSError(2, 'No such file', 'f'); e.filename = 'g'; print(e, e.args[:2])
e = OSError(5, 'bad'); e.errno = None; print(str(e), e.args)
e = FileNotFoundError(E.ENOENT, 'gone', 'p'); e.strerror = 'really gone'; print(e)


class A(OSError):
    def __init__(self, a):
        self.a = a


class B(OSError):
    def __init__(self, *a):
        super().__init__(*a)


class C(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)

    def __init__(self, *a):
        pass


class D(A):
    pass


class F(Exception):
    def __init__(self, a):
        pass


print(repr(A(1)), A(1).args, repr(str(A(1))), A(1).errno, A(1).a)
print(B(1, 2).args, B(1, 2).errno, str(B(1, 2, 'n')))
print(C(1, 2).args, C(1, 2).errno, str(C(1, 2)))
print(D(1).args, F(1).args, ConnectionRefusedError(111, 'Connection refused'))
try:
    raise A('boom')
except OSError as x:
    print('caught', repr(x), x.args)
