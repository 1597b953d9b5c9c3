# Map/reduce word count with threads, collections.Counter and itertools.
import itertools
import string
import threading
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.""" * 20


def chunks(words, n):
    it = iter(words)
    while batch := list(itertools.islice(it, n)):
        yield batch


def mapper(words, out, index):
    table = str.maketrans("", "", string.punctuation)
    out[index] = Counter(w.translate(table).lower() for w in words)


words = TEXT.split()
parts = list(chunks(words, 50))
partials = [None] * len(parts)
threads = [threading.Thread(target=mapper, args=(p, partials, i)) for i, p in enumerate(parts)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(partials, Counter())
print(len(words), "words in", len(parts), "chunks")
for word, count in total.most_common(5):
    print(f"{word:>8} {count}")
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain("ab", "cd")))
print([k for k, g in itertools.groupby(sorted("mississippi"))])
