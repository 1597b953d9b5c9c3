# An RLock may be acquired again by the thread that holds it; a Lock would deadlock.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def transfer_all(self, other):
        with self.lock:  # re-entered by withdraw()
            amount = self.balance
            if self.withdraw(amount):
                other.deposit(amount)
            return amount

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


a, b = Account(100), Account(5)
print("moved", a.transfer_all(b))
print(a.balance, b.balance)
lock = threading.RLock()
lock.acquire()
lock.acquire()
print(repr(lock).split(" object")[0].startswith("<locked _thread.RLock"))
lock.release()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
