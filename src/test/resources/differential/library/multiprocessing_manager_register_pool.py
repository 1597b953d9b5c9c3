# Proxies of registered types passed to Pool tasks and ProcessPoolExecutor jobs keep working in the
# workers; a proxy passed to a referent's method calls the server from within it; and a referent's
# method that blocks (waiting for a call from another process) does not stop the server's other calls.
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, Process
from multiprocessing.managers import BaseManager


class Tally:
    def __init__(self):
        self.counts = {}
        self.lock = threading.Lock()

    def add(self, key, n=1):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n
            return self.counts[key]

    def merge(self, other):
        for key, n in other.snapshot().items():
            self.add(key, n)

    def snapshot(self):
        with self.lock:
            return dict(sorted(self.counts.items()))


class Gate:
    def __init__(self):
        self.opened = threading.Event()

    def wait_open(self, timeout):
        return self.opened.wait(timeout)

    def open(self):
        self.opened.set()


class Manager(BaseManager):
    pass


Manager.register('Tally', Tally)
Manager.register('Gate', Gate)


def count_word(args):
    tally, word = args
    return word, tally.add(word[0])


def count_length(tally, word):
    tally.add('len%d' % len(word))
    return len(word)


def wait_at(gate):
    print('child passed the gate:', gate.wait_open(60), flush=True)


if __name__ == '__main__':
    words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot', 'beet', 'corn']
    with Manager() as m:
        tally = m.Tally()
        with Pool(2) as pool:
            done = pool.map(count_word, [(tally, w) for w in words])
            print(sorted(w for w, _ in done), sorted(n for _, n in done)[-1])
            print(pool.apply_async(count_length, (tally, 'kiwi')).get(60))
            print(sum(pool.starmap(count_length, [(tally, w) for w in words])))
        print(tally.snapshot())

        with ProcessPoolExecutor(2) as executor:
            print(list(executor.map(count_length, [tally] * 3, ['a', 'bb', 'ccc'])))
        other = m.Tally()
        other.add('z', 5)
        tally.merge(other)
        print(tally.snapshot())

        gate = m.Gate()
        p = Process(target=wait_at, args=(gate,))
        p.start()
        print('parent still served:', tally.add('z'))
        gate.open()
        p.join()
        print(p.exitcode)
