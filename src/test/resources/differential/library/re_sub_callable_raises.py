# re: a replacement function that raises part-way through sub()/subn() propagates its exception,
# and the matches it never saw are released (the model's sub gathers all matches first).
import re

pattern = re.compile(r'\$(?:(?P<name>[a-z]+)|\{(?P<braced>[a-z.]+)\})')
values = {'x.y': 'XY'}


def lookup(m):
    return values[m.group('name') or m.group('braced')]


for text in ('$x.y ${x.y} $a.b', '${x.y} $a $b $c', '${x.y}', 'no dollars'):
    for fn in (pattern.sub, pattern.subn):
        try:
            print(repr(fn(lookup, text)))
        except KeyError as e:
            print('KeyError', e)


def bad_type(m):
    return 42


try:
    pattern.sub(bad_type, 'a $b $c $d')
except TypeError as e:
    print('TypeError', e)
print(pattern.sub(lambda m: '<' + m.group() + '>', '$a ${b.c} $', count=1))
