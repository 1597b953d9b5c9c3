"""Bank account race demo as found in tutorials, with doctest at the end."""
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Account:
    """A bank account.

    >>> a = Account("alice", 10)
    >>> a.deposit(5)
    15
    >>> a.withdraw(100)
    Traceback (most recent call last):
        ...
    ValueError: insufficient funds
    """
    owner: str
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            return self.balance

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError("insufficient funds")
            self.balance -= amount
            return self.balance


def transfer_many(src, dst, n):
    for _ in range(n):
        try:
            src.withdraw(1)
            dst.deposit(1)
        except ValueError:
            pass


a, b = Account("a", 1000), Account("b", 1000)
ts = [threading.Thread(target=transfer_many, args=(a, b, 500)),
      threading.Thread(target=transfer_many, args=(b, a, 500))]
for t in ts: t.start()
for t in ts: t.join()
print(a, b, a.balance + b.balance)

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
