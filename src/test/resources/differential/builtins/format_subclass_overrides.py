# f-strings, format(), str.format, str() and % of str, int and float subclasses that override __str__,
# __repr__ or __format__: only an exact str skips format(), so a subclass's own methods have their say.
class S(str):
    def __str__(self):
        return "X"


s = S("a")
print(repr(f'{s}'), repr(format(s)), repr('{}'.format(s)), repr(str(s)), repr('%s' % s), repr(f'{s!s}'))
print(repr(f'{s!r}'), repr(f'{s:>3}'), repr('%r' % s), repr(format(s, '>3')), repr('{!s}'.format(s)), repr(s + ''))


class F(str):
    def __format__(self, spec):
        return "F" + spec


f = F("b")
print(repr(f'{f}'), repr(f'{f:xx}'), repr(format(f)), repr('{}'.format(f)), repr('{:q}'.format(f)))
print(repr(str(f)), repr('%s' % f), repr(f'{f!s}'), repr(f'{f!r}'))


class R(str):
    def __repr__(self):
        return "R!"


r = R("c")
print(repr(f'{r}'), f'{r!r}', '%r' % r, '{!r}'.format(r), repr(r), str([r]), f'{r!a}')


class I(int):
    def __str__(self):
        return "I-str"

    def __repr__(self):
        return "I-repr"


i = I(7)
print(f'{i}', f'{i!r}', f'{i:>5}', f'{i!s}', format(i), '{}'.format(i), '%s' % i, '%d' % i, '%r' % i, f'{i:d}')


class J(int):
    def __format__(self, spec):
        return "J<" + spec + ">"


j = J(3)
print(f'{j}', f'{j:>5}', f'{j!r}', f'{j!s}', format(j, 'x'), '{:x}'.format(j), '%s' % j, '%d' % j, str(j))


class G(float):
    def __str__(self):
        return "G-str"

    def __repr__(self):
        return "G-repr"


g = G(1.5)
print(f'{g}', f'{g!r}', f'{g:>6}', f'{g:.2f}', format(g), '{}'.format(g), '%s' % g, '%f' % g, '%r' % g, str(g))


class H(float):
    def __format__(self, spec):
        return "H<" + spec + ">"


h = H(2.5)
print(f'{h}', f'{h:>5}', f'{h!r}', format(h), '{}'.format(h), '%s' % h, str(h))


class Plain(str):
    pass


p = Plain("z")
print(type(f'{p}').__name__, type(str(p)).__name__, type(format(p)).__name__, type('%s' % p).__name__)
print(type(f'{s}').__name__, type(f'{I(1)}').__name__, f'{p}', f'{p}{s}{i}')
