def add(a, b=10):
    return a + b

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(add(1), add(1, 2), add(b=3, a=4), fib(15))
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1, 2 ** 100)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(1.5, 0.1 + 0.2, 1e16, 1e-5, 123.0, -0.0, 10 / 4)
x = [3, 1, 2]
x.append(5)
x.insert(0, 9)
x.extend([7, 8])
print(x, len(x), x.pop(), x.index(2), x.count(1), sorted(x), sorted(x, reverse=True))
t = (1, 'a', None, True)
print(t, t[1], t[-1], (1,), ())
d = {'a': 1, 'b': [1, 2]}
d['c'] = 3.5
print(d, d.get('z'), d.get('a'), list(d.keys()), d.pop('a'), d)
s = 'Hello, World'
print(s.upper(), s.lower(), s.split(', '), '-'.join(['a', 'b']), s.startswith('He'), s.replace('l', 'L'))
print('%d items at %.2f each: %s %r %x' % (3, 2.5, 'ok', 'ok', 255))
print(f'{3.14159:.2f} {42:5d} {"x":>4} {1234567:,} {0.25:.1%} {12:x} {3.0e10:e} {1/3:g}')
print('{} and {name}'.format(1, name='two'), repr('it\'s'), str(12), int('42'), float('2.5'), int(-3.9))
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(total, sum(range(5)), min(3, 1, 2), max([4, 9, 2]), abs(-5), round(2.5), round(3.14159, 2))
for i, (a, b) in enumerate(zip('ab', [1, 2])):
    print(i, a, b)
print(isinstance(1, int), isinstance(True, int), isinstance('x', (int, str)), type(1.0), 3 in [1, 3], 'a' not in 'bcd')
print(not 0, 1 and 2, 0 or 'x', None is None, [1, 2] == [1, 2], (1, 2) < (1, 3))
n = 0
while n < 5:
    n += 1
else:
    pass
print(n, [i * i for i in range(5)] if True else 0)
# a comprehension's loop variables are its own; its first iterable is evaluated outside it
x = 'outer'
print([x * 2 for x in range(3)], x, [x for x in [x, x]])
print([(x, y) for x in range(3) for y in range(x) if y != 1], [[x + y for y in range(2)] for x in range(2)], x)


def comprehension_locals(k):
    ys = [y * k for y in range(3)]
    y = 'local'
    return ys, y, [x for x in 'ab'], x


print(comprehension_locals(10))


class Job:
    __match_args__ = ('kind', 'payload')

    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload


def dispatch(message):
    match message:
        case Job('add', [a, b, *more]):
            return a + b + sum(more)
        case Job(kind='echo', payload={'text': str(text), **rest}) if not rest:
            return text
        case Job('stop' | 'quit' as verb, _):
            return verb
        case (int(n) | float(n)) if n > 0:
            return -n
        case _:
            return None


print([dispatch(m) for m in (Job('add', [1, 2, 3]), Job('echo', {'text': 'hi'}), Job('echo', {'text': 'hi', 'x': 1}),
                             Job('quit', None), 2.5, 'other')])
