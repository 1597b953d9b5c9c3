# enum's 3.11 checks and globals: verify with UNIQUE, CONTINUOUS and NAMED_FLAGS (CPython's messages),
# show_flag_values, EnumCheck, and global_enum's reprs, strs and module globals.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, show_flag_values, global_enum
def attempt(f):
    try:
        r = f(); print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
def uniq():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1; GREEN = 2; BLUE = 3; CRIMSON = 1; SCARLET = 1; NAVY = 3
    return Color
attempt(uniq)
def cont():
    @verify(CONTINUOUS)
    class Num(IntEnum):
        ONE = 1; TWO = 2; FIVE = 5; SIX = 6; NINE = 9
    return Num
attempt(cont)
def contok():
    @verify(CONTINUOUS, UNIQUE)
    class Num(Enum):
        A = 1; B = 2; C = 3
    return list(Num)
attempt(contok)
def contflag():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1; B = 2; D = 8; E = 32
    return F
attempt(contflag)
def named():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1; GREEN = 2; BLUE = 4; WHITE = 15; NEON = 31
    return Color
attempt(named)
def named1():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1; GREEN = 2; WHITE = 7
    return Color
attempt(named1)
def namedok():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1; GREEN = 2; YELLOW = 3
    return list(Color)
attempt(namedok)
def contstr():
    @verify(CONTINUOUS)
    class S(Enum):
        A = "a"; B = "b"
    return S
attempt(contstr)
print(show_flag_values(0), show_flag_values(5), show_flag_values(-1 & 0xff), show_flag_values(2**40 + 8))
print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS), EnumCheck.NAMED_FLAGS.value)
attempt(lambda: verify(UNIQUE)(5))
def bad(): 
    @verify(UNIQUE)
    def f(): pass
attempt(bad)

from enum import global_enum, Enum, IntEnum, Flag, IntFlag, StrEnum
@global_enum
class Mode(Enum):
    FAST = 1
    SLOW = 2
@global_enum
class Perm(Flag):
    R = 4
    W = 2
    X = 1
@global_enum
class Level(IntEnum):
    LOW = 1
    HIGH = 2
class Plain(Enum):
    A = 1
Plain = global_enum(Plain, update_str=True)
print(repr(FAST), str(FAST), f"{FAST}", FAST is Mode.FAST, SLOW.value)
print(repr(LOW), str(LOW), f"{HIGH}", LOW + 1)
print(repr(A), str(A))
print(sorted(n for n in ("FAST", "SLOW", "R", "W", "X", "LOW", "HIGH", "A") if n in globals()))
@global_enum
class Big(IntFlag):
    ONE = 1
    TWO = 2
    FOUR = 4
print(repr(Big(5)), str(Big(5)), repr(Big(3)), repr(Big(0)), repr(Big(8)), str(Big(3)), repr(ONE), str(ONE))

# the classes verify refused are cyclic garbage: collected before the reference counts are checked
import gc
gc.collect()
