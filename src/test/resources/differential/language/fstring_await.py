# await in an f-string's replacement field of an async def (and the errors outside one)
import asyncio
async def f():
    return 3
async def main():
    print(f"value {await f()!r} and {[await f() for _ in range(2)]}")
    x = f"{await f():>4}"
    print(x)
asyncio.run(main())
def g():
    x = f"{(yield 1)}"
    return x
print(list(g()))
try:
    exec('f"{await x}"')
except SyntaxError as e:
    print(e)
try:
    exec('def h():\n    return f"{await x}"')
except SyntaxError as e:
    print(e)
try:
    exec('class C:\n    v = f"{(yield)}"')
except SyntaxError as e:
    print(e)
async def k(xs):
    return [f"{await y}" for y in xs]
print(k.__code__.co_flags & 0x80 != 0)
import ast
print(ast.dump(ast.parse('f"{await x}"').body[0].value.values[0].value))
