# A Dhrystone-style synthetic benchmark (records, enums, string compares), timed.
# differential: normalize floats
import time
from enum import Enum


class Ident(Enum):
    ONE = 1
    TWO = 2
    THREE = 3


class Record:
    __slots__ = ("next", "discr", "enum_comp", "int_comp", "str_comp")

    def __init__(self, next=None, discr=0, enum_comp=Ident.ONE, int_comp=0, str_comp=""):
        self.next = next
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.next, self.discr, self.enum_comp, self.int_comp, self.str_comp)


def proc7(a, b):
    return b + a + 2


def func1(c1, c2):
    return Ident.ONE if c1 != c2 else Ident.TWO


def func2(s1, s2):
    int_loc = 1
    while int_loc <= 1:
        if func1(s1[int_loc], s2[int_loc + 1]) == Ident.ONE:
            char_loc = "A"
            int_loc += 1
    return s1 > s2


def run(loops):
    glob = Record(None, 0, Ident.THREE, 40, "DHRYSTONE PROGRAM, SOME STRING")
    glob.next = Record()
    checksum = 0
    s1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    s2 = "DHRYSTONE PROGRAM, 2'ND STRING"
    for i in range(loops):
        int1 = 2
        int2 = 3
        int3 = proc7(int1, int2)
        bool_glob = not func2(s1, s2)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int3)
            int1 += 1
        copy = glob.copy()
        copy.int_comp = int3 + i % 7
        checksum += copy.int_comp + (1 if bool_glob else 0) + copy.enum_comp.value
    return checksum


start = time.perf_counter()
result = run(50_000)
elapsed = time.perf_counter() - start
print("checksum", result)
print(f"Dhrystones per second: {50_000 / elapsed:.1f}")
