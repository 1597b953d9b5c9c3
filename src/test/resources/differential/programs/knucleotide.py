# k-nucleotide style counting with dicts and collections.Counter.
from collections import Counter, defaultdict
import random

random.seed(7)
sequence = "".join(random.choice("ACGT") for _ in range(20000))


def frequencies(seq, k):
    counts = defaultdict(int)
    for i in range(len(seq) - k + 1):
        counts[seq[i:i + k]] += 1
    return counts


for k in (1, 2):
    counts = frequencies(sequence, k)
    total = sum(counts.values())
    for key, value in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print("%s %.3f" % (key, 100.0 * value / total))
    print()
for pattern in ("GGT", "GGTA", "GGTATT"):
    print(frequencies(sequence, len(pattern))[pattern], pattern, sep="\t")
c = Counter(sequence[:100])
print(c.most_common(2), sum(c.values()))
