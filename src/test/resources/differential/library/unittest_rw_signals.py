# unittest's Control-C handling (unittest.signals): installHandler, registerResult/removeResult,
# removeHandler (plain and as a decorator), and what a first and a second SIGINT do.
# differential: needs sigint
import signal
import unittest
import unittest.signals


def delay():
    for _ in range(10):   # a signal's handler runs between bytecodes
        pass


original = signal.getsignal(signal.SIGINT)
result = unittest.TestResult()
print('register before install:', unittest.registerResult(result))
print('removeResult:', unittest.removeResult(result), unittest.removeResult(result))

unittest.installHandler()
handler = signal.getsignal(signal.SIGINT)
print('installed:', handler is not original, type(handler).__name__, callable(handler))
unittest.installHandler()
print('installing again keeps it:', signal.getsignal(signal.SIGINT) is handler)

# the first Control-C stops the registered results; others are left alone
stopped, untouched = unittest.TestResult(), unittest.TestResult()
unittest.registerResult(stopped)
signal.raise_signal(signal.SIGINT)
delay()
print('after a first SIGINT:', stopped.shouldStop, untouched.shouldStop)

# the second one is the original handler's: KeyboardInterrupt
try:
    signal.raise_signal(signal.SIGINT)
    delay()
    print('not reached')
except KeyboardInterrupt:
    print('second SIGINT: KeyboardInterrupt')


@unittest.removeHandler
def runs_without_handler(x):
    """Documented."""
    return signal.getsignal(signal.SIGINT) is original, x * 2


print('decorated:', runs_without_handler.__name__, runs_without_handler.__doc__, runs_without_handler(21))
print('handler back after the call:', signal.getsignal(signal.SIGINT) is handler)


@unittest.removeHandler
def raises():
    raise ValueError('inside')


try:
    raises()
except ValueError as e:
    print('decorated function raised:', e, signal.getsignal(signal.SIGINT) is handler)

print('removeHandler returns:', unittest.removeHandler())
print('original restored:', signal.getsignal(signal.SIGINT) is original)


# a handler replaced by someone else hands a SIGINT to the original handler
def mine(signum, frame):
    print('a handler of our own, signal', signum)


unittest.signals._interrupt_handler = None
signal.signal(signal.SIGINT, mine)
unittest.installHandler()
installed = signal.getsignal(signal.SIGINT)
again = unittest.TestResult()
unittest.registerResult(again)
signal.raise_signal(signal.SIGINT)
delay()
print('first SIGINT with a Python handler before:', again.shouldStop)
signal.raise_signal(signal.SIGINT)
delay()
print('second goes to it as well')
signal.signal(signal.SIGINT, signal.SIG_IGN)
unittest.signals._interrupt_handler = None
unittest.installHandler()
ignored = unittest.TestResult()
unittest.registerResult(ignored)
signal.signal(signal.SIGINT, signal.SIG_IGN)   # someone else's handler now: ours still stops results
unittest.signals._interrupt_handler(signal.SIGINT, None)
print('called while replaced, over SIG_IGN:', ignored.shouldStop)
unittest.removeHandler()
print('SIG_IGN restored:', signal.getsignal(signal.SIGINT) == signal.SIG_IGN)
unittest.signals._interrupt_handler = None
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGINT, signal.SIG_DFL)
try:
    unittest.installHandler()
    print('SIG_DFL accepted')
finally:
    unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) == signal.SIG_DFL)
