# dis: the lock that makes the increment safe. A with-block's BEFORE_WITH, the __exit__ call on the way
# out, the handler that calls __exit__ with the exception, and 3.11's exception table under the listing.
import dis
import threading

lock = threading.Lock()
safe = 0


def safe_increment(n):
    global safe
    for _ in range(n):
        with lock:
            safe += 1


dis.dis(safe_increment)

bytecode = dis.Bytecode(safe_increment)
for entry in bytecode.exception_entries:
    print(entry)
print([ins.offset for ins in bytecode if ins.is_jump_target])
for ins in bytecode:
    if ins.opname in ("BEFORE_WITH", "PUSH_EXC_INFO", "WITH_EXCEPT_START", "RERAISE", "POP_EXCEPT"):
        print(ins.opname, ins.opcode, ins.arg, ins.argval, ins.offset, ins.is_jump_target)
inside = [ins.opname for ins in bytecode if 52 <= ins.offset <= 70]
print(inside)


def locked_read():
    with lock as held:
        return held


dis.dis(locked_read)
dis.show_code(safe_increment)
