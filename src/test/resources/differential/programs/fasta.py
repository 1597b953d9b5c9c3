# The Benchmarks Game's fasta, with its linear congruential generator.
import bisect
import sys

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")
IUB = list(zip("acgtBDHKMNRSVWY", [0.27, 0.12, 0.12, 0.27] + [0.02] * 11))
HOMOSAPIENS = [("a", 0.3029549426680), ("c", 0.1979883004921), ("g", 0.1975473066391), ("t", 0.3015094502008)]
IM, IA, IC = 139968, 3877, 29573
last = 42


def gen_random(maximum):
    global last
    last = (last * IA + IC) % IM
    return maximum * last / IM


def repeat_fasta(src, n, width=60):
    r = len(src)
    s = src + src + src[:n % r]
    for j in range(n // width):
        i = j * width % r
        print(s[i:i + width])
    if n % width:
        print(s[-(n % width):])


def random_fasta(table, n, width=60):
    chars = [c for c, _ in table]
    probs = []
    total = 0.0
    for _, p in table:
        total += p
        probs.append(total)
    for start in range(0, n, width):
        print("".join(chars[bisect.bisect(probs, gen_random(1.0))] for _ in range(min(width, n - start))))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
print(">ONE Homo sapiens alu")
repeat_fasta(ALU, n * 2)
print(">TWO IUB ambiguity codes")
random_fasta(IUB, n * 3)
print(">THREE Homo sapiens frequency")
random_fasta(HOMOSAPIENS, n * 5)
