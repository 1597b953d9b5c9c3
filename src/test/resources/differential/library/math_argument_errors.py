# math's functions with keywords: isclose counts all its arguments before naming a missing or unknown one,
# log refuses keywords by its bare name, and prod's iterable is positional-only.
import math


def attempt(call):
    try:
        print("ok", call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: math.isclose(1, 2, 3, 4, 5))
attempt(lambda: math.isclose(1, zzz=1))
attempt(lambda: math.isclose(1, 1.0000001, abs_tol=0.01, x=1))
attempt(lambda: math.isclose(1, 1.0000001, rel_tol=0.01))
attempt(lambda: math.log(8, base=2))
attempt(lambda: math.log())
attempt(lambda: math.prod())
attempt(lambda: math.prod(iterable=[2, 3]))
attempt(lambda: math.prod([2, 3], 4))
attempt(lambda: math.prod([2, 3], start=4))
