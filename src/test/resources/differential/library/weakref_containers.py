# weakref containers: WeakValueDictionary, WeakKeyDictionary and WeakSet as MutableMapping/MutableSet,
# their errors, set operators, copies, entries dying during iteration, and WeakMethod equality and callback.
import weakref, copy, re
def clean(x): return re.sub(r'0x[0-9a-f]+', 'ADDR', str(x))
class N:
    def __init__(s, n): s.n = n
    def __repr__(s): return 'N%s' % s.n
    def m(s): pass
W = weakref.WeakValueDictionary; K = weakref.WeakKeyDictionary; S = weakref.WeakSet
a, b = N(1), N(2)
def t(f):
    try: print(clean(f()))
    except Exception as e: print(type(e).__name__, clean(e))
t(lambda: S().pop()); t(lambda: S().remove(a)); t(lambda: S().add(1)); t(lambda: S().remove(1))
t(lambda: (1 in S(), [] in S(), S([a]) == S([a]), S([a]) == {a}, S([a]) <= S([a,b]), S([a]) < S([a]), (S([a]) | S([b])).__class__))
t(lambda: (S([a]).union([b]) == S([a,b]), S([a,b]) - S([a]) == S([b]), S([a]) ^ S([b]) == S([a,b]), S([a]).isdisjoint([b])))
t(lambda: (len(S([a]) | [b]), len(S([a]) - {a}), S.__hash__, S([a]).__reduce__()[:2]))
t(lambda: (W(x=a).copy().__class__, list(W(x=a).itervaluerefs())[0].key, sorted(W(x=a) | {'y': b})))
t(lambda: W()['q']); t(lambda: W().popitem()); t(lambda: W().pop('x'))
t(lambda: (W().pop('x', 5), W(x=a).setdefault('x', b), 'x' in W(x=a))); t(lambda: W(1)); t(lambda: W(x=1)); t(lambda: W().update(1))
t(lambda: (sorted(W({'x': a}, y=b)), sorted(W([('x', a)]))))
t(lambda: (1 in K({a: 1}), [] in K(), K({a: 1}).keyrefs()[0]() is a)); t(lambda: K()[1]); t(lambda: K()[[]]); t(lambda: K().popitem()); t(lambda: K().pop(a)); t(lambda: K().pop(1)); t(lambda: K().get(1))
t(lambda: sorted((K({a:1}) | {b: 2}).values())); t(lambda: K().__delitem__(a)); t(lambda: W().__delitem__('z'))
t(lambda: (copy.copy(W(x=a)).__class__, copy.deepcopy(K({a: [1]})).__class__, copy.copy(K({a: 1}))[a]))
wm = weakref.WeakMethod(a.m)
t(lambda: (wm == weakref.WeakMethod(a.m), hash(wm) == hash(weakref.WeakMethod(a.m)), wm != weakref.WeakMethod(b.m), wm == weakref.ref(a), wm() == a.m))
t(lambda: weakref.WeakMethod(len)); t(lambda: weakref.WeakMethod(1)); t(lambda: weakref.WeakMethod(N.m))
t(lambda: (weakref.KeyedRef(a, None, 'kk').key, type(wm).__name__, isinstance(wm, weakref.ref)))
c = N(3); wm3 = weakref.WeakMethod(c.m); wm4 = weakref.WeakMethod(c.m); del c
t(lambda: (wm3 == wm4, wm3 == wm3, wm3 != wm4, wm3()))
w = W(x=a); w2 = w; w |= {'y': b}; t(lambda: (w is w2, sorted(w)))
t(lambda: (list(W(x=a).valuerefs())[0].key, W(x=a).popitem(), K({a: 1}).popitem(), K({a: 1}).setdefault(b, 3)))
t(lambda: (W(x=a) == W(x=a), W(x=a) == {'x': a}, K({a:1}) == {a:1}))
t(lambda: K().update(x=1))
s = S([a]); s2 = s; s |= [b]; s -= [a]; t(lambda: (s is s2, list(s)))
s = S([a, b]); s &= [a]; t(lambda: list(s)); s ^= [a, b]; t(lambda: list(s))
t(lambda: (S([a]).issubset([a]), S([a]) >= S([a]), S([a]) > S(), S([a]) != S([a]), S([a]).copy() == S([a]), S([a]).__eq__({a}), S([a]).__le__([a])))
t(lambda: (S[int], W[str, int], K[int, int]))
# values dying during iteration
d = W(); ks = [N(i) for i in range(5)]
for i, k in enumerate(ks): d[i] = k
out = []
for key in d.keys():
    out.append(key); ks[4 - key] = None
t(lambda: (out, len(d), list(d.keys())))
kd = K(); objs = [N(i) for i in range(4)]
for o in objs: kd[o] = o.n
del objs[1]; t(lambda: (len(kd), sorted(kd.values())))
ws = S(objs); objs.pop(); t(lambda: (len(ws), sorted(x.n for x in ws)))
cb = []
def meth_owner():
    o = N(9); r = weakref.WeakMethod(o.m, lambda r: cb.append(r is not None))
    return r
r = meth_owner(); t(lambda: (r(), cb))
t(lambda: ((1, 2) in K(), hash(W()) if False else ''))
t(lambda: hash(W()))
t(lambda: ({'y': b} | W(x=a)).__class__)
