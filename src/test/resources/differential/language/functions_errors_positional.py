def two(a, b):
    pass
def one_default(a, b=1):
    pass
def none():
    pass
def star(a, *args):
    pass
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: none(1),
    lambda: none(1, 2),
    lambda: star(),
    lambda: two(1, a=2),
    lambda: two(1, 2, c=3),
    lambda: two(b=1),
    lambda: none(x=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
class K:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def c(cls, x):
        pass
for c in [lambda: K().m(), lambda: K().m(1, 2), lambda: K.m(1), lambda: K.s(), lambda: K.c(), lambda: K().c(1, 2)]:
    try:
        c()
    except TypeError as e:
        print(e)
