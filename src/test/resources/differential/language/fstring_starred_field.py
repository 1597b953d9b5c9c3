# A starred expression alone in an f-string's field (a user's f'{*args}') and "(**x)": CPython 3.11's
# invalid_group errors, "f-string: " prefixed in a field, shown in the "(expression)" text it parses.
import traceback

sources = [
    'x = f"value: {*a}"',
    'x = f"{ *abc }"',
    'x = f"{*abc=}"',
    'x = f"{*abc!r:>{w}}"',
    'x = f"{**abc.d}"',
    'x = f"{**a, b}"',
    'x = f"{(*a)}"',
    'x = f"{(**a)}"',
    'x = f"""\n{\n*abc}"""',
    'print(f"{*a}" if 0 else 1)',
    'x = (*abc)',
    'x = (**abc)',
    'x = (**abc, 1)',
    'x = (**)',
    'x = {**a}',
]
for source in sources:
    try:
        compile(source, "<user>", "exec")
    except SyntaxError as e:
        print(repr(source))
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        print("".join(traceback.format_exception_only(SyntaxError, e)), end="")
    else:
        print(repr(source), "compiles")
a = [1, 2]
print(f"{*a,}", f"{ *a , 3}", f"{[*a]}")
