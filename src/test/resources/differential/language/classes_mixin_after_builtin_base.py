# A class with a built-in base and a mixin: the mixin's special methods serve every slot the built-in
# base does not fill (len, in, @), while the base's own slots come first (str's len, int's neg).
from collections.abc import Sized
import enum


class Measured:
    def __len__(self):
        return 3

    def __contains__(self, item):
        return item == "inside"

    def __matmul__(self, other):
        return "matmul"

    def __rmatmul__(self, other):
        return "rmatmul"

    def __neg__(self):
        return "mixin neg"


class Size(int, Measured):
    pass


class Label(str, Measured):
    pass


class Ratio(float, Measured):
    pass


for value in (Size(7), Label("ab"), Ratio(0.5)):
    print(type(value).__name__, len(value), "inside" in value, value @ 1, 1 @ value, -value)


class Box(int, Sized):
    def __len__(self):
        return int(self)


print(len(Box(4)), isinstance(Box(4), Sized))


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(len(Perm.R | Perm.W), len(Perm(0)), list(Perm.R | Perm.X))
