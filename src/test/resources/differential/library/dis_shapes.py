# dis: what it disassembles (functions, methods, classes with each method by name, code objects, source
# strings, generators and coroutines, nested code to a depth) and its tables, as CPython 3.11 shows them.
import dis
import io
import re


def listing(x, **options):
    out = io.StringIO()
    dis.dis(x, file=out, **options)
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", out.getvalue())


def report(items, limit=3):
    found = []
    for item in items:
        if item > limit:
            found.append(item * 2)
        print("seen", item, sep=": ")
    if not found:
        return None
    return sorted(found, key=abs)


print(listing(report))
for ins in dis.get_instructions(report):
    if ins.opname.startswith(("POP_JUMP", "JUMP", "FOR_ITER", "KW_NAMES", "COMPARE_OP", "CALL")):
        print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line,
              ins.is_jump_target)


class Counter:
    step = 1

    def __init__(self):
        self.value = 0

    def bump(self, by=None):
        self.value += by if by is not None else self.step
        return self.value

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def describe(value):
        return f"value={value!r:>4}"

    class Snapshot:
        def __init__(self, value):
            self.value = value


print(listing(Counter))
print(listing(Counter().bump))
print(listing(Counter.make))


def squares(n):
    return [i * i for i in range(n)]


print(listing(squares))
print(listing(squares, depth=0))
print(listing(squares.__code__))


def countdown(n):
    for i in range(n, 0, -1):
        yield i


print(listing(countdown(3)))


async def fetch(source):
    return await source


coroutine = fetch(None)
print(listing(coroutine))
coroutine.close()

print(listing("total = sum(x * 2 for x in range(10))"))
print(listing("a + b"))
print(dis.code_info("a + b"))
print(dis.code_info(countdown))
print(dis.code_info(fetch))

print(dis.opmap["LOAD_GLOBAL"], dis.opmap["BINARY_OP"], dis.opmap["STORE_GLOBAL"], dis.opmap["CALL"])
print(dis.opname[116], dis.opname[122], dis.opname[3], len(dis.opname), len(dis.opmap))
print(dis.HAVE_ARGUMENT, dis.EXTENDED_ARG, dis.cmp_op)
print(dis.hasconst, dis.hasname, dis.hasjrel, dis.hasjabs)
print(dis.haslocal, dis.hascompare, dis.hasfree, dis.hasnargs)
print(dis.Instruction._fields, dis.Positions._fields)
first = next(iter(dis.Bytecode(report)))
print(first.opname, first.opcode, first.arg, first.argval, first.argrepr, first.offset, first.starts_line)
print(first._replace(positions=None))
print(dis.Instruction("NOP", 9, None, None, "", 0, None, False)._disassemble())

for bad in (42, 1.5):
    try:
        dis.dis(bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    dis.code_info(42)
except TypeError as error:
    print("TypeError:", error)
try:
    dis.dis()
except RuntimeError as error:
    print("RuntimeError:", error)
