# contextlib.ExitStack: last-in first-out unwinding, push/enter_context/callback/pop_all/close,
# suppression, and how exceptions raised by callbacks chain (tracebacks through __exit__).
import contextlib
import sys
import threading
import traceback


def show(action):
    try:
        print('->', action())
    except BaseException:
        traceback.print_exc(file=sys.stdout)


def context_chain(exc):
    names = []
    while exc is not None:
        names.append(repr(exc))
        exc = exc.__context__
    return names


def chain_of(action):
    try:
        action()
    except BaseException as e:
        return context_chain(e)
    return 'nothing raised'


def raiser(exc):
    def raise_it(*ignored):
        raise exc
    return raise_it


class Managed:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return self.swallow


def observer(*exc_details):
    print('observer sees', exc_details[0].__name__ if exc_details[0] else None)
    return False


with contextlib.ExitStack() as stack:
    print(stack.enter_context(Managed('first')), stack.enter_context(Managed('second')))
    stack.push(observer)
    returned = stack.callback(print, 'callback', 1, sep='=')
    print('callback returned print:', returned is print)
    print('push returned the manager:', type(stack.push(Managed('pushed'))).__name__)
print('unwound')

with contextlib.ExitStack() as stack:
    stack.enter_context(Managed('swallower', swallow=True))
    stack.push(observer)
    raise KeyError('body')
print('body exception suppressed by a manager')

lock = threading.Lock()
with contextlib.ExitStack() as stack:
    stack.enter_context(lock)
    print('lock held:', lock.locked())
print('lock held after:', lock.locked())

with contextlib.ExitStack() as stack:
    stack.callback(print, 'moved callback runs at close()')
    moved = stack.pop_all()
    print('pop_all gives', type(moved).__name__)
print('original stack unwound: nothing ran')
moved.close()
moved.close()

stack = contextlib.ExitStack()
stack.enter_context(Managed('closed explicitly'))
stack.close()
print('exit without exception returns', contextlib.ExitStack().__exit__(None, None, None))
s = contextlib.ExitStack()
s.push(lambda *exc: True)
print('manual exit with a suppressing callback:', s.__exit__(KeyError, KeyError('k'), None))


class OnlyEnter:
    def __enter__(self):
        return self


def enter_bad(manager):
    with contextlib.ExitStack() as stack:
        stack.enter_context(manager)


show(lambda: enter_bad(5))
show(lambda: enter_bad(OnlyEnter()))


def callback_fails():
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(IndexError('from callback')))


def callback_fails_during_body_error():
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(IndexError('from callback')))
        raise ValueError('from body')


def manager_exit_fails():
    class BadExit:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            raise LookupError('from __exit__')
    with contextlib.ExitStack() as stack:
        stack.enter_context(BadExit())


def close_fails():
    stack = contextlib.ExitStack()
    stack.callback(raiser(OSError('from close')))
    stack.close()


for action in (callback_fails, callback_fails_during_body_error, manager_exit_fails, close_fails):
    show(action)


def two_failures():
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(ValueError('second')))
        stack.callback(raiser(KeyError('first')))


def two_failures_and_body():
    with contextlib.ExitStack() as stack:
        stack.callback(raiser(ValueError('second')))
        stack.callback(raiser(KeyError('first')))
        raise IndexError('body')


def failure_then_suppress():
    try:
        raise OSError('outer')
    except OSError:
        with contextlib.ExitStack() as stack:
            stack.callback(raiser(ValueError('after suppression')))
            stack.push(lambda *exc: True)
            stack.callback(raiser(KeyError('suppressed')))
            raise IndexError('body')


def failures_inside_handler():
    try:
        raise OSError('outer')
    except OSError:
        with contextlib.ExitStack() as stack:
            stack.callback(raiser(ValueError('second')))
            stack.callback(raiser(KeyError('first')))


def nested_with_equivalent():
    with Managed('outer manager'):
        with contextlib.ExitStack() as stack:
            stack.callback(raiser(KeyError('inner')))
            raise IndexError('body')


for action in (two_failures, two_failures_and_body, failure_then_suppress,
               failures_inside_handler, nested_with_equivalent):
    print(action.__name__, chain_of(action))
show(two_failures_and_body)
