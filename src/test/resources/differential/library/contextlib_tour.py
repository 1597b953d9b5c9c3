# contextlib: contextmanager (yield, throw, suppression, misuse errors with their tracebacks),
# ContextDecorator, closing, suppress, redirect_stdout/stderr, nullcontext, AbstractContextManager.
import contextlib
import io
import sys
import traceback


def show(action):
    """Run action; print its result, or the traceback of what it raised."""
    try:
        print('->', action())
    except BaseException:
        traceback.print_exc(file=sys.stdout)


@contextlib.contextmanager
def tag(name):
    """Prints around its block."""
    print(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        print(f'{name} swallowed', repr(e))
    finally:
        print(f'</{name}>')


with tag('a') as value:
    print('inside', value)
with tag('b'):
    raise KeyError('gone')
print(tag('c').__doc__, tag.__name__, tag.__doc__)


@contextlib.contextmanager
def undocumented():
    yield


cm = undocumented()
print(cm.__doc__, type(cm).__name__, cm.args, cm.kwds, cm.func.__name__)
with cm:
    print('entered: recipe dropped', hasattr(cm, 'func'), hasattr(cm, 'gen'))


@contextlib.contextmanager
def fails_before_yield():
    raise LookupError('before yield')
    yield


@contextlib.contextmanager
def never_yields():
    if False:
        yield


@contextlib.contextmanager
def fails_after_yield():
    yield
    raise LookupError('after yield')


@contextlib.contextmanager
def yields_twice():
    try:
        yield 1
        yield 2
    finally:
        print('yields_twice closed')


@contextlib.contextmanager
def translates():
    try:
        yield
    except ValueError as e:
        raise TypeError('translated') from e


@contextlib.contextmanager
def yields_again_on_error():
    try:
        yield
    except ValueError:
        yield
    finally:
        print('yields_again_on_error closed')


@contextlib.contextmanager
def passes_through():
    yield


def enter(manager, error=None):
    def run():
        with manager:
            if error is not None:
                raise error
        return 'left normally'
    return run


show(enter(fails_before_yield()))
show(enter(never_yields()))
show(enter(fails_after_yield()))
show(enter(yields_twice()))
show(enter(translates(), ValueError('v')))
show(enter(yields_again_on_error(), ValueError('w')))
show(enter(passes_through(), ValueError('passes')))
show(enter(passes_through(), StopIteration('stop')))
show(lambda: undocumented(1))

c = tag('manual')
c.__enter__()
print('manual exit swallows:', c.__exit__(KeyError, KeyError('k'), None))


@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2


print(decorated(3), decorated(4), decorated.__name__, decorated.__wrapped__.__name__)


@fails_after_yield()
def decorated_failing():
    return 'never seen'


show(decorated_failing)


class Announce(contextlib.ContextDecorator):
    def __enter__(self):
        print('announce enter')
        return self

    def __exit__(self, *exc):
        print('announce exit', exc[0])
        return False


@Announce()
def risky(n):
    return 10 // n


print(risky(5))
show(lambda: risky(0))


class Resource:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def close(self):
        print('closing', self.name)
        if self.fail:
            raise OSError('close failed')


with contextlib.closing(Resource('r1')) as r:
    print('using', r.name)
show(enter(contextlib.closing(Resource('r2', fail=True))))

with contextlib.suppress(KeyError, IndexError):
    [][1]
print('IndexError suppressed')
with contextlib.suppress(LookupError):
    {}['x']
print('KeyError suppressed by LookupError')
show(enter(contextlib.suppress(KeyError), ValueError('not suppressed')))
show(enter(contextlib.suppress(), KeyError('nothing listed')))
print(contextlib.suppress(KeyError).__exit__(None, None, None))

buffer = io.StringIO()
redirect = contextlib.redirect_stdout(buffer)
with redirect as target:
    print('captured', target is buffer)
    with redirect:
        print('captured again (re-entered)')
    print('still captured')
print('captured text:', repr(buffer.getvalue()))
errors = io.StringIO()
with contextlib.redirect_stderr(errors):
    print('to stderr', file=sys.stderr)
print('stderr text:', repr(errors.getvalue()), sys.stderr is sys.__stderr__)

with contextlib.nullcontext(42) as v:
    print('nullcontext gives', v)
with contextlib.nullcontext() as v:
    print('nullcontext gives', v)
show(enter(contextlib.nullcontext(), ArithmeticError('not suppressed either')))


class Implicit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Blocked(Implicit):
    __exit__ = None


class Concrete(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('Concrete exit')


print(issubclass(Implicit, contextlib.AbstractContextManager),
      issubclass(Blocked, contextlib.AbstractContextManager),
      issubclass(int, contextlib.AbstractContextManager),
      isinstance(io.StringIO(), contextlib.AbstractContextManager))
with Concrete() as c:
    print('Concrete enter returns self:', type(c).__name__)
show(lambda: contextlib.AbstractContextManager())
print(contextlib.AbstractContextManager[int])
