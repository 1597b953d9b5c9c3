# format(x, '') of an int, float or complex subclass is str(x), so its __str__ shows in f-strings (an IntFlag's).
import enum


class Celsius(float):
    def __str__(self):
        return "%g C" % self


class Code(int):
    def __str__(self):
        return "code-%d" % self


class Perm(enum.IntFlag):
    R = 4
    W = 2
    __str__ = object.__str__


print(f"{Celsius(21.5)}", f"{Celsius(21.5):.2f}", format(Code(7)), f"{Code(7):03d}", "{}".format(Code(8)))
print(f"{True}", format(False), f"{complex(1, 2)}", f"{Perm.R}", f"{Perm.R | Perm.W}", f"{Perm.R:d}")
