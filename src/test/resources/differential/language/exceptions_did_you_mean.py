# CPython 3.11's "Did you mean" suggestions (Python/suggestions.c) for NameError and AttributeError,
# as the interpreter prints them (sys.excepthook, uncaught, in a thread, in a chain); 3.11's traceback
# module formats none.
import sys
import threading
import traceback


class Account:
    def __init__(self):
        self.balance = 10
        self.Owner = "ann"

    def deposit(self, amount):
        self.balance += amount


class Custom:
    def __dir__(self):
        return ["alpha", "beta"]


class Unsorted:
    def __dir__(self):  # dir() sorts what __dir__ gives: of two names as close, the first in order wins
        return ["zb", "ab"]


class Broken:
    def __dir__(self):
        raise RuntimeError("no dir")


def local_typo():
    counter = 1
    return countr


def show(action):
    try:
        action()
    except (NameError, AttributeError):
        sys.excepthook(*sys.exc_info())


account = Account()
cafe = 1  # UTF-8 bytes are compared: 'café' is two edits from it
a_very_long_name_that_is_longer_than_forty_characters_y = 1  # common ends are trimmed before the length limit
show(lambda: account.balanse)
show(lambda: account.owner)          # a case flip costs less
show(lambda: account.depositt(1))
show(lambda: account.xyz)            # nothing close enough
show(local_typo)
show(lambda: acount)                 # a global
show(lambda: pritn)                  # a builtin
show(lambda: Custom().alpah)
show(lambda: Unsorted().xb)
show(lambda: Broken().anything)
show(lambda: [].apend)
show(lambda: "".uper)
show(lambda: sys.getswitchintervall)
show(lambda: café)
show(lambda: a_very_long_name_that_is_longer_than_forty_characters_x)
show(lambda: a_very_long_name_that_is_longer_than_forty_characters)
try:
    account.balanse
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])


def in_thread():
    account.balanse

t = threading.Thread(target=in_thread, name="worker")
t.start()
t.join()

try:
    account.depositt(1)
except AttributeError:
    try:
        local_typo()
    except NameError as e:
        sys.excepthook(type(e), e, e.__traceback__)

acount
