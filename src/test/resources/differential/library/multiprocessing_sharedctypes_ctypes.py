# RawValue, RawArray and lock=False give bare ctypes objects in shared memory, as in CPython: their
# types, reprs and values are ctypes', they have no get_lock, and a child that writes them changes
# what the parent reads; Value and Array wrap them (get_obj) with a lock
import ctypes
import multiprocessing as mp
from multiprocessing import sharedctypes


def bump(v, arr, raw, text):
    v.value += 10
    for i in range(len(arr)):
        arr[i] = arr[i] * 2
    raw.value = -raw.value
    text.value = b"child"


def add_locked(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    v = mp.Value('i', 5, lock=False)
    print(type(v), repr(v), v.value, v)
    try:
        v.get_lock()
    except AttributeError as e:
        print("AttributeError:", e)
    r = mp.RawValue('d', 2.5)
    print(type(r), r, r.value, isinstance(r, ctypes.c_double))
    a = mp.RawArray('i', [1, 2, 3])
    print(type(a).__name__, type(a).__module__, len(a), a[:], list(a), a[1], a._type_, a._length_)
    z = mp.RawArray(ctypes.c_short, 4)
    print(type(z).__name__, z[:])
    w = mp.Value('i', 5)
    print(w, type(w), type(w.get_obj()), w.get_obj().value, type(w.get_lock()).__name__)
    c = mp.Value(ctypes.c_ubyte, 300, lock=False)
    print(c, mp.Value('c', b'a', lock=False), mp.Value('u', 'x'), mp.Value('b'))
    s = mp.Array('c', b'hello')
    print(type(s).__name__, s.value, s.raw, s[:], len(s))
    d = mp.Array('d', 3, lock=False)
    print(type(d).__name__, d[:])

    child = mp.Process(target=bump, args=(v, a, r, s))
    child.start()
    child.join()
    print(v.value, a[:], r.value, s.value, s.raw)

    counter = mp.Value('l', 0)
    workers = [mp.Process(target=add_locked, args=(counter, 50)) for _ in range(3)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(counter.value, counter)

    copied = sharedctypes.copy(a)
    a[0] = 99
    print(copied[:], a[:])
    try:
        mp.Value('i', 1, lock=object())
    except AttributeError as e:
        print("AttributeError:", str(e).split(" at ")[0].startswith("<object object"), "has no method 'acquire'" in str(e))
