# decimal: the context is per thread: a thread that sets none starts from a copy of DefaultContext,
# and what one thread sets (precision, rounding, flags, localcontext) no other thread sees
import threading
from decimal import Decimal, getcontext, setcontext, localcontext, Context, DefaultContext, Inexact, \
    ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING

results = {}
ready = threading.Barrier(4)


def worker(name, prec, rounding):
    context = getcontext()
    fresh = (context.prec, context.rounding, context is getcontext())
    context.prec = prec
    context.rounding = rounding
    ready.wait()  # every thread has set its context before any computes
    total = Decimal(0)
    for i in range(1, 30):
        total += Decimal(1) / Decimal(i)
    with localcontext(prec=3) as local:
        inner = Decimal(2) / 3
    results[name] = (fresh, str(total), str(inner), getcontext().prec, getcontext().flags[Inexact], local.prec)


getcontext().prec = 7
DefaultContext.rounding = ROUND_HALF_UP
threads = [threading.Thread(target=worker, args=('t%d' % i, 5 + 3 * i, r))
           for i, r in enumerate([ROUND_DOWN, ROUND_CEILING, ROUND_HALF_UP])]
for t in threads:
    t.start()
ready.wait()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print('main', getcontext().prec, getcontext().rounding, Decimal(1) / 7)
DefaultContext.rounding = 'ROUND_HALF_EVEN'

# setcontext in one thread leaves the others alone
seen = []


def setter():
    setcontext(Context(prec=4))
    seen.append(str(Decimal(1) / 3))


t = threading.Thread(target=setter)
t.start()
t.join()
print(seen, Decimal(1) / 3)

# a small bank: four tellers move money between accounts under a lock, with cents rounded half-up
accounts = {name: Decimal('1000.00') for name in 'ABCD'}
lock = threading.Lock()
CENT = Decimal('0.01')


def teller(seed):
    getcontext().rounding = ROUND_HALF_UP
    state = seed
    for _ in range(300):
        state = (state * 1103515245 + 12345) % 2 ** 31
        source, target = 'ABCD'[state % 4], 'ABCD'[(state >> 3) % 4]
        amount = (Decimal(state % 10000) / 7).quantize(CENT)
        fee = (amount * Decimal('0.015')).quantize(CENT)
        with lock:
            if accounts[source] >= amount + fee:
                accounts[source] -= amount + fee
                accounts[target] += amount
                accounts['fees'] = accounts.get('fees', Decimal(0)) + fee


tellers = [threading.Thread(target=teller, args=(seed,)) for seed in (1, 2, 3, 4)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
total = sum(accounts.values())
print(total, total == Decimal('4000.00'), sorted(accounts)[:4], all(v.as_tuple().exponent == -2 for v in accounts.values()))
