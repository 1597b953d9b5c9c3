# A code object's raw views, as GIL tutorials print them next to dis: co_code (opcodes, argument bytes,
# zeroed inline caches, EXTENDED_ARG prefixes), co_exceptiontable's varint entries, and co_lines() /
# co_positions() ranges (an instruction longer than 8 code units, LOAD_METHOD's, split in two).
import dis
import opcode

counter = 0


def increment():
    global counter
    counter += 1


def guarded(lock, items):
    with lock:
        items.append(len(items))
    return len(items)


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        return None


def loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i
    return total


# 300 locals: the last ones' LOAD_FAST and STORE_FAST need an EXTENDED_ARG
source = "def many(x):\n" + "".join(f"    a{i} = x + {i}\n" for i in range(300)) + "    return a299\n"
namespace = {}
exec(compile(source, "<many>", "exec"), namespace)
many = namespace["many"]

code = increment.__code__
print(type(code.co_code).__name__, len(code.co_code), code.co_code.hex())
print([opcode.opname[op] for op in code.co_code[::2]])
print(list(code.co_lines()))
print(list(code.co_positions()))
print(len(list(code.co_positions())) * 2 == len(code.co_code))
print(repr(code.co_exceptiontable), type(code.co_lines()).__name__ != "list")

for function, shown in ((guarded, 20), (lookup, 14), (loop, 40), (many, 6)):
    code = function.__code__
    print(function.__name__, len(code.co_code), code.co_code[:40].hex(), code.co_code[-40:].hex())
    print(code.co_exceptiontable.hex())
    lines = list(code.co_lines())
    print(len(lines), lines[:shown] if function is not many else lines[-shown:])
    print(list(code.co_positions())[:8])
    # co_code is what dis reads: the same opcodes at the same offsets
    print(all(code.co_code[ins.offset] == ins.opcode for ins in dis.get_instructions(function)))

extended = [ins for ins in dis.get_instructions(many) if ins.opname == "EXTENDED_ARG"]
print(len(extended), many.__code__.co_code[extended[0].offset:extended[0].offset + 4].hex())
