# tomllib's errors: TOMLDecodeError's message and the place it names ("at line L, column C" or "at end
# of document") for every rule a document can break, as python3 reports them; and the TypeErrors of
# wrong arguments.
import tomllib

INVALID = [
    # statements and keys
    "= 1", "a", "a =", "a = 1 b = 2", "a.\"b\" c = 1", "a = 1\n\n\n   x", "\x7f", "\ufeffa = 1", "[]", "a = 1\n[",
    "a..b = 1", "a = {b = 1,}", '"""=1', "a = 1\r", "a = 1\rb = 2",
    # values
    "a = ", "a = tru", "a = true1", "a = infinity", "a = .1", "a = _1", "a = 01", "a = 1__0", "a = 1.", "a = 1e", "a = 0x",
    "a = 0x_1", "a = 0o8", "a = 0b2", "a = +0x1", "a = 3_.14", "a = [1,,2]", "a = [1 2]", "a = [1, 2", "a = [\n1\n,2\n]\nb = [",
    "a = {b = 1", "a = {b=1 c=2}", "a = {b = 1\n}",
    # strings
    'a = "abc', 'a = "ab\nc"', 'a = """abc', "a = 'abc", "a = '''abc", "a = 'ab\nc'", 'a = "\\q"', 'a = "\\x41"', 'a = "\\e"',
    'a = "\\u12"', 'a = "\\u+123"', 'a = "\\uD800"', 'a = "\\U00110000"', 'a = "a\\', 'a = """\\\n  x\\ y"""',
    'a = "\x00"', 'a = "\x01"', "a = '\x01'", 'a = """\x01"""', "a = '''\x1f'''", 'a = """a""""""', "a = '''a''''''",
    # comments
    "a = 1 # c\x00", "# \x7f", "# a\rb",
    # dates and times
    "a = 1979-05-32", "a = 1979-13-01", "a = 1979-05-27T25:00:00", "a = 1979-05-27T07:32", "a = 1979-05-27 07:32",
    "a = 1979-05-27T07:32:00+25:00", "a = 00:00:60", "a = 24:00:00", "a = 2021-02-29", "a = 1979-04-31T00:00:00Z",
    # tables and redefinitions
    "a = 1\na = 2", "a.b = 1\na.b.c = 2", "a = 1\na.b = 2", "a.b = 1\na = {}", "[a]\n[a]", "[a]\nb = 1\n[a.b]",
    "a.b = 1\n[a]", "[[a]]\n[a]", "a = []\n[[a]]", "a = {}\n[a]", "a = {b = 1}\na.c = 2", "[a", "[[a]", "[[a]\n", "[a]]",
    "[a.b]\n[a]\n[a]", "[a]\nb.c = 1\n[a.b]", "[a]\nb.c = 1\n[a.b.c]", "x = [{a = 1}]\n[[x]]", "a.b.c = 1\na.b.d = 2\n[a.b]",
    "[a.b]\nc = 1\n[a]\nb.d = 2", "[a]\n[a", "x = {a.b = 1}\n[x.a]", "[a.b]\n[[a.b]]", "[a.b.c]\n[[a]]", "[[a.b]]\n[a]\nb.c = 1",
    # inline tables
    "a = {b = 1, b = 2}", "a = {b.c = 1, b = {}}", "a = {b = {c = 1}, b.d = 2}", "a = {b = {}, b = 1}", "a = {b = 1, b.c = 2}",
    "a = {b = [], b.c = 1}",
]

for document in INVALID:
    try:
        result = tomllib.loads(document)
    except tomllib.TOMLDecodeError as e:
        print(f"{document!r}: {e}")
    else:
        print(f"{document!r} is valid: {result}")

for argument in [b"a = 1", 1, None]:
    try:
        tomllib.loads(argument)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    tomllib.loads("a = 1", float)
except TypeError as e:
    print("TypeError:", e)
