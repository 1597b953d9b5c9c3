# An exception a referent's method raises reaches the caller as itself (a pickled copy: same type and
# args, no server traceback), caught in the parent and in a child, and uncaught in a child (its
# traceback ends in the proxy's frames). A referent that cannot be made, a result that cannot be
# pickled and an unknown referent are the server's RemoteError instead.
import threading
from multiprocessing import Process, Queue
from multiprocessing.managers import BaseManager, RemoteError


class AccountError(Exception):
    def __init__(self, message, balance):
        super().__init__(message, balance)
        self.balance = balance


class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError('negative opening balance')
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise AccountError('insufficient funds', self.balance)
        self.balance -= amount
        return self.balance

    def lookup(self, key):
        return {'a': 1}[key]

    def lock(self):
        return threading.Lock()


class Bank(BaseManager):
    pass


Bank.register('Account', Account)


def spend(account, amounts, q):
    for amount in amounts:
        try:
            q.put(('ok', account.withdraw(amount)))
        except AccountError as e:
            q.put(('refused', type(e).__name__, e.args, e.balance))
    q.put('done')


def overspend(account):
    account.withdraw(10 ** 6)


if __name__ == '__main__':
    with Bank() as bank:
        acct = bank.Account(100)
        try:
            acct.withdraw(500)
        except AccountError as e:
            print('caught', repr(e), e.balance, e.__traceback__ is not None, e.__context__, e.__cause__)
        for call in (lambda: acct.lookup('zz'), lambda: acct.withdraw('x')):
            try:
                call()
            except Exception as e:
                print(type(e).__name__, e)

        q = Queue()
        p = Process(target=spend, args=(acct, [30, 80, 50], q))
        p.start()
        for answer in iter(q.get, 'done'):
            print('child', answer)
        p.join()
        print(p.exitcode, acct.withdraw(0))

        p = Process(target=overspend, args=(acct,))
        p.start()
        p.join()
        print('exit code', p.exitcode)

        for make in (lambda: bank.Account(-1), acct.lock):
            try:
                make()
            except RemoteError as e:
                lines = str(e).strip('\n-').splitlines()
                print('RemoteError', lines[0], '|', lines[1].strip().split(',')[-1].strip(), '|', lines[-1])
        acct._id = 'no such id'
        try:
            acct.withdraw(1)
        except RemoteError as e:
            print('RemoteError', str(e).strip('\n-').splitlines()[-1])
    try:
        acct.withdraw(1)
    except OSError as e:
        print(type(e).__name__, e.errno)
