# differential: normalize floats
# A test of threaded code: threads increment a shared counter (with and without a lock), the test
# joins them and asserts the total; subTest reports each thread count on its own.
import queue
import threading
import unittest
from concurrent.futures import ThreadPoolExecutor


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def add_locked(self, n):
        for _ in range(n):
            with self.lock:
                self.value += 1


class ThreadedTests(unittest.TestCase):
    def setUp(self):
        self.counter = Counter()

    def run_threads(self, count, per_thread):
        threads = [threading.Thread(target=self.counter.add_locked, args=(per_thread,)) for _ in range(count)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertFalse(any(t.is_alive() for t in threads))

    def test_locked_counter(self):
        for count in (1, 2, 4, 8):
            with self.subTest(threads=count):
                self.counter.value = 0
                self.run_threads(count, 1000)
                self.assertEqual(self.counter.value, count * 1000)

    def test_wrong_expectation(self):
        for count in (2, 3):
            with self.subTest(threads=count):
                self.counter.value = 0
                self.run_threads(count, 100)
                self.assertEqual(self.counter.value, 200, 'expected two threads')

    def test_exception_in_thread_is_collected(self):
        errors = queue.Queue()

        def worker(n):
            try:
                if n == 3:
                    raise ValueError(f'worker {n} failed')
            except Exception as e:
                errors.put(e)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors.qsize(), 1)
        with self.assertRaisesRegex(ValueError, 'worker 3'):
            raise errors.get()

    def test_pool(self):
        with ThreadPoolExecutor(max_workers=3) as pool:
            results = list(pool.map(lambda x: x * x, range(10)))
        self.assertCountEqual(results, [x * x for x in range(10)])
        self.assertEqual(results, [x * x for x in range(9)] + [80])

    def test_event_and_barrier(self):
        barrier = threading.Barrier(3)
        ready = threading.Event()
        arrivals = []

        def party(i):
            barrier.wait()
            arrivals.append(i)
            if len(arrivals) == 3:
                ready.set()

        threads = [threading.Thread(target=party, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        self.assertTrue(ready.wait(10))
        for t in threads:
            t.join()
        self.assertEqual(sorted(arrivals), [0, 1, 2])


if __name__ == '__main__':
    unittest.main(verbosity=2)
