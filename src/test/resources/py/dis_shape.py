# The shape of a program's bytecode under this CPython, as DisParityTest compares it with the model's:
# one code object after another (the module, then nested code in the order dis lists it), a "line N"
# marker where the line changes, "Ln:" before a jump target, then OPNAME and the argument's meaning.
# Left out: offsets, CACHE entries, and the numbers behind a meaning (constant and name indexes, jump
# offsets, operator numbers), which differ between two compilers that agree on the shape.
# Usage: python3.11 dis_shape.py FILE.py
import dis
import sys


def meaning(code, instruction, labels):
    if instruction.opcode in dis.hasjrel or instruction.opcode in dis.hasjabs:
        return "to " + labels[instruction.argval]
    if instruction.opname in ("LOAD_CONST", "KW_NAMES"):
        value = code.co_consts[instruction.arg]
        return "<code object %s>" % value.co_name if hasattr(value, "co_code") else repr(value)
    if instruction.argrepr:
        return instruction.argrepr
    return "" if instruction.arg is None else str(instruction.arg)


def shape(code, out, nested):
    instructions = [i for i in dis.get_instructions(code) if i.opname != "CACHE"]
    targets = sorted({i.argval for i in instructions if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs})
    labels = {offset: "L%d" % (n + 1) for n, offset in enumerate(targets)}
    out.append("== " + code.co_name)
    line = None
    for instruction in instructions:
        if instruction.starts_line is not None and instruction.starts_line != line:
            line = instruction.starts_line
            out.append("line %d" % line)
        if instruction.offset in labels:
            out.append(labels[instruction.offset] + ":")
        out.append(("  " + instruction.opname + " " + meaning(code, instruction, labels)).rstrip())
        if instruction.opname == "LOAD_CONST" and hasattr(instruction.argval, "co_code"):
            nested.append(instruction.argval)


def main(path):
    with open(path) as source:
        module = compile(source.read(), path, "exec")
    out, pending = [], [module]
    while pending:
        shape(pending.pop(0), out, pending)
    print("\n".join(out))


main(sys.argv[1])
