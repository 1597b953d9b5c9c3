# signal's enums (Lib/signal.py): Signals with aliases, Handlers from signal() and getsignal()
import signal
print(repr(signal.SIGIOT), repr(signal.SIG_DFL), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.Signals.__module__, signal.SIGTERM, int(signal.SIGTERM), f"{signal.SIGINT}", signal.SIGINT == 2)
print(sorted(signal.valid_signals())[-3:], len(signal.valid_signals()))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)), repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(signal.Signals(2), repr(signal.Signals(2)), signal.Signals['SIGINT'].name, signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.Signals.SIGCLD is signal.Signals.SIGCHLD)
print(signal.strsignal(signal.SIGTERM), signal.NSIG, isinstance(signal.SIGHUP, int), list(signal.Handlers))
got = []
previous = signal.signal(signal.SIGUSR2, lambda signum, frame: got.append(signal.Signals(signum).name))
print(repr(previous))
signal.raise_signal(signal.SIGUSR2)
print(got, signal.getsignal(signal.SIGUSR2).__name__)
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError", e)
