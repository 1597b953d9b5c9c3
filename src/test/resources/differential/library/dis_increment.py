# dis: why counter += 1 is not atomic. The increment loop's bytecode as CPython 3.11 lists it (offsets
# that count inline CACHE entries, jump targets, argreprs), its Instructions, and CACHE entries on request.
import dis
import io

counter = 0


def increment(n):
    global counter
    for _ in range(n):
        counter += 1


dis.dis(increment)

# The read-modify-write: a thread switch can fall between any two of these.
for ins in dis.get_instructions(increment):
    if ins.starts_line == 13 or ins.offset in range(36, 57):
        print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line,
              ins.is_jump_target)

names = [ins.opname for ins in dis.Bytecode(increment)]
print(len(names), names.count("LOAD_GLOBAL"), names.index("BINARY_OP"))
print([ins.offset for ins in dis.get_instructions(increment) if ins.is_jump_target])

out = io.StringIO()
dis.dis(increment, file=out, show_caches=True)
text = out.getvalue()
print(text.count("CACHE"), text == dis.Bytecode(increment, show_caches=True).dis())
print("\n".join(line for line in text.splitlines() if "CACHE" in line or "BINARY_OP" in line)[:400])
caches = [ins for ins in dis.get_instructions(increment, show_caches=True) if ins.opname == "CACHE"]
print(len(caches), caches[0].opcode, caches[0].arg, caches[0].argval, repr(caches[0].argrepr), caches[0].offset)

bytecode = dis.Bytecode(increment, first_line=100)
print(bytecode.first_line)
print(bytecode.dis())
print([(ins.offset, ins.starts_line) for ins in bytecode if ins.starts_line is not None])
print(list(dis.findlinestarts(increment.__code__)))
print(repr(dis.Bytecode(increment)).startswith("Bytecode(<function increment at 0x"))
print(dis.Bytecode(increment).info())
