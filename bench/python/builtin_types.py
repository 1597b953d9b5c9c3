# What programs feel of the built-in types: indexing and iterating str, join, dict and set lookups,
# sorting with a key, formatting, str methods. Each case runs five times; the best time counts. Times
# are CPU times of the running thread (time.process_time: the model's is its interpreter thread's),
# steadier than wall-clock time on a machine shared with other work.
# Usage: builtin_types.py [SCALE [CASE,CASE...]]   (default 1 and all; RESULT lines are seconds: compare ratios)
import sys
import time

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
CASES = sys.argv[2].split(",") if len(sys.argv) > 2 else None


def n(base):
    return max(1, int(base * SCALE))


def str_index(text, rounds):
    total = 0
    for _ in range(rounds):
        for i in range(len(text)):
            if text[i] == "e":
                total += 1
    return total


def str_iterate(text, rounds):
    total = 0
    for _ in range(rounds):
        for ch in text:
            if ch == "e":
                total += 1
    return total


def join(parts, rounds):
    size = 0
    for _ in range(rounds):
        size += len("".join(parts)) + len(",".join(parts))
    return size


def dict_lookup(keys, rounds):
    table = {k: i for i, k in enumerate(keys)}
    total = 0
    for _ in range(rounds):
        for k in keys:
            total += table[k]
    return total


def set_membership(keys, probes, rounds):
    members = set(keys)
    found = 0
    for _ in range(rounds):
        for p in probes:
            if p in members:
                found += 1
    return found


def sort_with_key(words, rounds):
    first = None
    for _ in range(rounds):
        first = sorted(words, key=len)[0]
        first = sorted(words, key=lambda w: (w[-1], w))[0]
        first = sorted(words)[-1]
    return first


def sort_numbers(numbers, rounds):
    last = 0
    for _ in range(rounds):
        last = sorted(numbers)[-1] + sorted(numbers, reverse=True)[0]
    return last


def formatting(rounds):
    size = 0
    for i in range(rounds):
        size += len(f"{i:>8} {i * 0.5:.2f} {i:x}") + len("%d-%s" % (i, i)) + len("{0}:{1:05d}".format("k", i))
    return size


def str_methods(line, rounds):
    total = 0
    for _ in range(rounds):
        parts = line.split()
        total += len(line.upper()) + len(line.replace("fox", "cat")) + len(parts) + line.count("o") + line.find("lazy")
        total += len(" ".join(p.capitalize() for p in parts))
    return total


def best_of_five(label, function, *args):
    if CASES is not None and label not in CASES:
        return
    times = []
    for _ in range(5):
        start = time.process_time()
        function(*args)
        times.append(time.process_time() - start)
    print("RESULT %s %.4f" % (label, min(times)))


def main():
    text = ("the quick brown fox jumps over the lazy dog " * 2000)[:n(80000)]
    wide = ("naïve café 😀 " * 4000)[:n(40000)]
    parts = [str(i) for i in range(n(50000))]
    keys = ["key%d" % i for i in range(n(20000))]
    ints = list(range(n(20000)))
    words = ["w%dx%s" % ((i * 7919) % 1000, "y" * (i % 7)) for i in range(n(20000))]
    numbers = [(i * 7919) % 100003 for i in range(n(50000))]
    line = "the quick brown fox jumps over the lazy dog " * 20
    best_of_five("str_index", str_index, text, 5)
    best_of_five("str_iterate", str_iterate, text, 10)
    best_of_five("str_iterate_wide", str_iterate, wide, 10)
    best_of_five("join", join, parts, 20)
    best_of_five("dict_str_keys", dict_lookup, keys, 20)
    best_of_five("dict_int_keys", dict_lookup, ints, 20)
    best_of_five("set_membership", set_membership, keys, keys[::2] + ["absent%d" % i for i in range(len(keys) // 2)], 20)
    best_of_five("sort_with_key", sort_with_key, words, 3)
    best_of_five("sort_numbers", sort_numbers, numbers, 5)
    best_of_five("formatting", formatting, n(50000))
    best_of_five("str_methods", str_methods, line, n(3000))


main()
