# tomllib reads every kind of TOML 1.0 value into Python's types: a configuration file read in binary
# mode, the same text from a string, Decimal floats through parse_float, and dates and times with
# their offsets as datetime.timezone.
import decimal
import io
import os
import tempfile
import tomllib

CONFIG = r'''
# The service's settings
title = "Order \"service\"\t\u00e9\U0001F600"
path = 'C:\Users\svc\data'
motd = """
Roses are red\
     Violets are blue
  "quoted" ""twice"" """
regex = ^^^<\i\c*\s*>^^^
raw = ^^^
first line
  second ''line''^^^
empty = ""
"quoted key" = 1
'literal key' = 2
site."example.com".enabled = true
3.14 = "pi"

[numbers]
decimal = +99
negative = -17
zero = -0
grouped = 1_000_000
hex = 0xDEAD_beef
octal = 0o755
binary = 0b1101_0110
big = 123456789012345678901234567890
float = -3.14_15e-2
exponent = 5E+22
fraction = 0.5
positive_inf = +inf
negative_inf = -inf
not_a_number = nan
off = false

[times]
offset = 1979-05-27T07:32:00-08:00
utc = 1979-05-27 07:32:00Z
lower = 1979-05-27t07:32:00.123z
plus = 2024-02-29T23:59:59.999999999+05:30
zero_offset = 2000-01-01T00:00:00-00:00
local = 1979-05-27T07:32:00.5
date = 1979-05-27
time = 07:32:00
precise_time = 00:32:00.999999

[collections]
ints = [1, 2, 3]
mixed = [1, "two", 3.0, [4, [5]], {six = 6}, ]
multiline = [
    "a",  # first
    # nothing here
    "b",
]
empty = []
point = { x = 1, y.z = 2, nested = { deep = [] } }
nothing = {}

[servers]
[servers.alpha]
ip = "10.0.0.1"
[servers.beta]
ip = "10.0.0.2"
tags.role = "backup"
tags.zone = "b"

[[products]]
name = "Hammer"
sku = 738594937
[products.size]
width = 3

[[products]]

[[products]]
name = "Nail"
[[products.variants]]
color = "gray"
[[products.variants]]
color = "black"

[a.b.c]
[a]
d = 1
'''.replace("^^^", "'''")  # TOML's literal multi-line quotes


def show(value, indent=""):
    """Prints a parsed document with the type of every value, keys in document order."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                print(f"{indent}{key!r}: {type(item).__qualname__}")
                show(item, indent + "  ")
            else:
                print(f"{indent}{key!r}: {type(item).__qualname__} {item!r}")
    else:
        for i, item in enumerate(value):
            print(f"{indent}[{i}]: {type(item).__qualname__} {item!r}")


document = tomllib.loads(CONFIG)
show(document)

times = document["times"]
print(times["offset"].utcoffset(), times["offset"].tzname(), times["utc"].tzinfo is not None)
print(times["zero_offset"].tzinfo == tomllib.loads("t = 2000-01-01T00:00:00Z")["t"].tzinfo)
print(times["local"].tzinfo, times["local"].isoformat())

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "service.toml")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(CONFIG)
    with open(path, "rb") as f:
        print("from the file:", repr(tomllib.load(f)) == repr(document))
    with open(path, "r", encoding="utf-8") as f:
        try:
            tomllib.load(f)
        except TypeError as e:
            print("TypeError:", e)

print(tomllib.load(io.BytesIO("name = 'caf\u00e9'".encode())))
print(tomllib.loads("a = 1.10\nb = [0.1, inf]\nc = 3", parse_float=decimal.Decimal))
print(tomllib.loads("a = 1_0.2_5e1_0\nb = -nan", parse_float=lambda text: f"<{text}>"))
try:
    tomllib.loads("a = 1.0", parse_float=lambda text: [text])
except ValueError as e:
    print("ValueError:", e)
print(tomllib.loads("a = 1", parse_float=lambda text: [text]))
print(tomllib.loads(""), tomllib.loads("\n\n  # only a comment\n"), tomllib.loads("a=1\r\nb=2\r\n"))
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__, tomllib.__all__)
