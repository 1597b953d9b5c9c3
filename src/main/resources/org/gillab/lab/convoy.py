# The convoy effect: the cost of a blocking call (time.sleep(0) releases and re-takes the GIL) alone,
# then beside one CPU-bound thread that holds the GIL for a whole switch interval each time.
# Rows: [interval_ms, ms per call alone, ms per call beside a CPU-bound thread].
import sys
import time
import threading

clock = getattr(time, 'perf_counter', time.time)  # 2.7 has no perf_counter

spinning = [True]


def spin():
    n = 0
    while spinning[0]:
        n += 1


def per_call_ms(calls):
    start = clock()
    for i in range(calls):
        time.sleep(0)
    return (clock() - start) / calls * 1000


def main(interval_ms, calls):
    if not hasattr(sys, 'setswitchinterval'):
        sys.exit('no switch interval before CPython 3.2: its GIL (the old one) counts ticks instead')
    sys.setswitchinterval(interval_ms / 1000)
    alone = per_call_ms(calls)
    spinning[0] = True
    t = threading.Thread(target=spin)
    t.start()
    beside = per_call_ms(calls)
    spinning[0] = False
    t.join()
    return [[interval_ms, alone, beside]]
