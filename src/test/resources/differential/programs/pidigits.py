# The Benchmarks Game's pidigits: a spigot over Python's big integers.
import sys


def pidigits(n):
    i = k = ns = 0
    k1 = 1
    a, t, u = 0, 0, 0
    numerator, denominator, accumulator = 1, 1, 0
    out = []
    while True:
        k += 1
        t = numerator << 1
        numerator *= k
        accumulator += t
        k1 += 2
        accumulator *= k1
        denominator *= k1
        if numerator > accumulator:
            continue
        t, u = divmod(numerator * 3 + accumulator, denominator)
        u += numerator
        if denominator > u:
            ns = ns * 10 + t
            i += 1
            if i % 10 == 0:
                out.append("%010d\t:%d" % (ns, i))
                ns = 0
            if i >= n:
                break
            accumulator -= denominator * t
            accumulator *= 10
            numerator *= 10
    return out


print("\n".join(pidigits(int(sys.argv[1]) if len(sys.argv) > 1 else 300)))
