# Lock demo: a bank account class with an RLock, threading.local, Event, Semaphore, RLock, Barrier
import random
import sys
import threading
from typing import List


class Account:
    def __init__(self, balance: float = 0.0) -> None:
        self.balance = balance
        self._lock = threading.RLock()

    def deposit(self, amount: float) -> None:
        with self._lock:
            self.balance += amount

    def withdraw(self, amount: float) -> bool:
        with self._lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(balance={self.balance:.2f})"


acct = Account(100)
threads: List[threading.Thread] = []
for i in range(4):
    t = threading.Thread(target=lambda: [acct.deposit(1.5) for _ in range(1000)])
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(acct, acct.withdraw(10_000), acct.withdraw(6000.0), acct)
local = threading.local()
seen = []
start = threading.Event()
sem = threading.Semaphore(2)
barrier = threading.Barrier(3)


def worker(ident: int) -> None:
    local.ident = ident
    start.wait()
    with sem:
        seen.append(local.ident)
    barrier.wait()


ws = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
for w in ws:
    w.start()
start.set()
for w in ws:
    w.join()
print(sorted(seen), threading.active_count(), threading.main_thread().name)
print(sys.getswitchinterval(), isinstance(threading.current_thread(), threading.Thread))
random.seed(42)
print(random.randint(1, 100), random.choice("abcdef"), round(random.uniform(0, 1), 6), random.sample(range(10), 3))
data = sorted(((random.random(), i) for i in range(5)), key=lambda p: -p[0])
print([i for _, i in data])
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True), max("abc", key=ord), divmod(17, 5))
