# dis of the loops and exits a GIL lesson disassembles, as CPython 3.11 lays them out: a while loop's
# test again at its bottom (POP_JUMP_BACKWARD_IF_TRUE, where the eval breaker is checked), `while True`
# as a NOP and a JUMP_BACKWARD, a comprehension's failed `if` jumping straight back to FOR_ITER, and the
# implicit `return None` copied to each jump that reaches it.
import dis


def countdown(n):
    while n > 0:
        n -= 1


def branches(x):
    if x:
        print(1)
    else:
        print(2)


def guarded(x):
    if x:
        print(1)


def loop_with_else(n):
    while n > 0 and n != 5:
        if n == 3:
            continue
        n -= 1
    else:
        print("done")
    return n


def consumer(q):
    while True:
        item = q.get()
        if item is None:
            break
        print(item)


def walrus(it):
    while (x := next(it, None)) is not None:
        print(x)


def odds(xs):
    return [x for x in xs if x % 2]


def locked(lock):
    with lock:
        n = 1
    return n


for function in (countdown, branches, guarded, loop_with_else, consumer, walrus, odds, locked):
    dis.dis(function)
    print()
countdown(1000)
print(list(walrus_input for walrus_input in [odds(range(7))]))
