# UserString: a str wrapper whose str methods return UserStrings (or what str returns)
from collections import UserString


def show(label, make):
    try:
        value = make()
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, type(value).__name__, repr(value))


class Shout(UserString):
    def loud(self):
        return self.upper() + '!'


s = Shout('Hello world')
print(s, repr(s), s.data, len(s), s.loud(), type(s.loud()).__name__, UserString(42), UserString(s).data)
show('slice', lambda: s[1:5])
show('index', lambda: s[0])
show('add', lambda: s + ' and more')
show('add wrapper', lambda: s + UserString('?'))
show('add int', lambda: UserString('n') + 7)
show('radd', lambda: '>> ' + s)
show('radd int', lambda: 7 + UserString('n'))
show('mul', lambda: UserString('ab') * 3)
show('rmul', lambda: 2 * UserString('ab'))
show('mod', lambda: UserString('%s=%d') % ('x', 3))
show('rmod', lambda: '[%s]' % UserString('x'))
for name in ['upper', 'lower', 'title', 'swapcase', 'casefold', 'capitalize', 'strip', 'expandtabs',
             'isalpha', 'isdigit', 'isspace', 'istitle', 'isascii', 'isidentifier', 'split',
             'splitlines', 'encode']:
    show(name, getattr(UserString(' Mixed Case\tText '), name))
show('center', lambda: s.center(15, '*'))
show('ljust rjust zfill', lambda: (s.ljust(13, '.'), s.rjust(13), UserString('42').zfill(5)))
show('find wrapped', lambda: s.find(UserString('o')))
show('count wrapped', lambda: s.count(UserString('l')))
show('rindex', lambda: s.rindex('o'))
show('index missing', lambda: s.index('z'))
show('replace wrapped', lambda: s.replace(UserString('o'), UserString('0')))
show('replace count', lambda: s.replace('l', 'L', 2))
show('removeprefix', lambda: s.removeprefix(UserString('Hello ')))
show('removesuffix', lambda: s.removesuffix('world'))
show('partition', lambda: s.partition(' '))
show('rsplit', lambda: s.rsplit(maxsplit=1))
show('join', lambda: UserString(', ').join(['a', 'b']))
show('startswith', lambda: (s.startswith('Hell'), s.endswith(('x', 'd'))))
show('startswith wrapped', lambda: s.startswith(UserString('H')))
show('format', lambda: UserString('{}-{x}').format(1, x=2))
show('format_map', lambda: UserString('{a}').format_map({'a': 'b'}))
show('translate', lambda: s.translate(UserString.maketrans('lo', 'LO')))
show('encode none', lambda: UserString('é').encode(None, None))
print(s == 'Hello world', s == UserString('Hello world'), s < 'I', UserString('b') > UserString('a'),
      'world' in s, UserString('lo w') in s, hash(s) == hash('Hello world'))
print(int(UserString('12')) + 1, float(UserString('2.5')), complex(UserString('1+2j')),
      sorted(UserString('cab')), list(reversed(UserString('abc'))), s.__getnewargs__())
print({UserString('k'): 1}, str(UserString('plain')), isinstance(s, UserString))
