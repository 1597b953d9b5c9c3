# A typecode multiprocessing does not know: CPython hands it to ctypes.sizeof as if it were a type,
# which says "this type has no size", for Value, Array and their Raw forms alike
import multiprocessing as mp
from multiprocessing import sharedctypes

for make in (lambda: mp.Value("z", 1), lambda: mp.Array("Z", 3), lambda: mp.Array("y", [1, 2]),
             lambda: sharedctypes.RawValue("x"), lambda: sharedctypes.RawArray("w", 2)):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
