# forgetting await: a coroutine is not iterable, nor an iterator (CPython's coroutine type has no tp_iter)
import asyncio
async def fetch_all():
    return [1, 2]
for f in [lambda c: list(c), lambda c: iter(c), lambda c: [x for x in c], lambda c: next(c), lambda c: sorted(c)]:
    c = fetch_all()
    try:
        f(c)
    except TypeError as e:
        print("TypeError", e)
    c.close()
def gen():
    yield 1
print(list(gen()), iter(gen()) is not None)
