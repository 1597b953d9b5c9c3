"""Tools for with-statement context managers: the GIL Lab model's contextlib module.

Mirrors CPython 3.11's Lib/contextlib.py; written for the model from the documentation and from
experiments with python3, not copied. The statements a traceback can show
(next(self.gen), self.gen.throw(...), ExitStack's `if cb(*exc_details):`...) are written as
CPython's tracebacks print them, so a traceback through this module reads the same.
The asynchronous parts (asynccontextmanager, aclosing, AbstractAsyncContextManager,
AsyncContextDecorator, AsyncExitStack) mirror the synchronous ones with await.
"""

import abc
import functools
import os
import sys
import types
from _collections_abc import _check_methods

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


class AbstractContextManager(abc.ABC):
    """Abstract base class of objects usable in a with statement."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        """Entering returns the manager itself unless a subclass says otherwise."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leaving: a true result would suppress the exception; this one lets it go."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        # Any class defining both methods (and not blocking one with None) counts as a subclass;
        # subclasses of this ABC fall back to the normal rules.
        if cls is not AbstractContextManager:
            return NotImplemented
        return _check_methods(other, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """Abstract base class of objects usable in an async with statement."""

    __class_getitem__ = classmethod(types.GenericAlias)

    async def __aenter__(self):
        """Entering returns the manager itself unless a subclass says otherwise."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leaving: a true result would suppress the exception; this one lets it go."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _check_methods(other, "__aenter__", "__aexit__")


class ContextDecorator:
    """Mixin letting a context manager decorate functions: each call of the decorated
    function then runs inside a with statement on the manager."""

    def _recreate_cm(self):
        """The manager to use for one call of a decorated function: this one, unless the
        class needs a fresh instance per use (as @contextmanager's one-shot managers do)."""
        return self

    def __call__(self, func):
        # The wrapper's name and statements show in tracebacks, so they are CPython's.
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return functools.wraps(func)(inner)


class AsyncContextDecorator:
    """Mixin letting an async context manager decorate coroutine functions: each call then
    runs inside an async with statement on the manager."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return functools.wraps(func)(inner)


class _GeneratorContextManagerBase:
    """What a @contextmanager manager keeps: the generator and how to make it again."""

    def __init__(self, func, args, kwds):
        self.func = func
        self.args = args
        self.kwds = kwds
        self.gen = func(*args, **kwds)
        # The instance documents itself with the generator function's docstring, if any.
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Each use as a decorator needs a new generator.
        return type(self)(self.func, self.args, self.kwds)


def _came_back(outcome, thrown, stop_types):
    """Whether what the generator raised, after `thrown` was thrown into it, is the body's exception
    coming back out: the very object, or the RuntimeError PEP 479 makes of one of stop_types leaving
    a generator. The with statement then re-raises the original itself."""
    if outcome is thrown:
        return True
    return isinstance(thrown, stop_types) and isinstance(outcome, RuntimeError) and outcome.__cause__ is thrown


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # The recipe is only needed to re-create a manager that was never entered; CPython
        # drops it here so that the arguments are not kept alive.
        del self.func, self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    # The statements of __exit__ (and __enter__) that a traceback can show are CPython's; the
    # steps stay in these two frames, as tracebacks list them.
    def __exit__(self, typ, value, traceback):
        if typ is not None:
            if value is None:
                # An instance is needed to recognise the exception when it comes back out.
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except BaseException as outcome:
                if isinstance(outcome, StopIteration):
                    # The generator finished: it swallowed the exception (unless the body's own
                    # StopIteration came back, which PEP 479 makes impossible).
                    return outcome is not value
                if not _came_back(outcome, value, StopIteration):
                    raise
                # The with statement re-raises it with the traceback it had on entering
                # __exit__, without the frames it collected inside the generator.
                value.__traceback__ = traceback
                return False
            try:
                raise RuntimeError("generator didn't stop after throw()")
            finally:
                self.gen.close()
        # Left normally: the generator must end after its one yield.
        try:
            next(self.gen)
        except StopIteration:
            return False
        try:
            raise RuntimeError("generator didn't stop")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    # As _GeneratorContextManager's, awaiting the asynchronous generator.
    async def __aenter__(self):
        del self.func, self.args, self.kwds
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is not None:
            if value is None:
                value = typ()
            try:
                await self.gen.athrow(typ, value, traceback)
            except BaseException as outcome:
                if isinstance(outcome, StopAsyncIteration):
                    return outcome is not value
                if not _came_back(outcome, value, (StopIteration, StopAsyncIteration)):
                    raise
                value.__traceback__ = traceback
                return False
            try:
                raise RuntimeError("generator didn't stop after athrow()")
            finally:
                await self.gen.aclose()
        try:
            await anext(self.gen)
        except StopAsyncIteration:
            return False
        try:
            raise RuntimeError("generator didn't stop")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator making a generator function into a context manager factory: the code
    before its single yield runs on entering the with block, the yielded value is bound by
    `as`, and the code after the yield runs on leaving. An exception from the block is
    raised at the yield; the generator may handle it (then it is suppressed) or let it go.
    """
    @functools.wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator making an async generator function into an async context manager factory,
    as contextmanager does for generator functions (used with async with)."""
    @functools.wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Context manager calling thing.close() when the with block is left:

        with closing(make_connection()) as conn:
            use(conn)
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        """The thing itself is bound by `as`."""
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager awaiting thing.aclose() when the async with block is left (an
    async generator's finally runs then, not when it is freed)."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        """The thing itself is bound by `as`."""
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class suppress(AbstractContextManager):
    """Context manager that swallows the listed exception types (and their subclasses)
    raised in its block; execution goes on after the with statement.

         with suppress(KeyError, IndexError):
             del table[key]
    """

    def __init__(self, *exceptions):
        self._swallowed = exceptions

    def __exit__(self, exc_type, exc, tb):
        # A true result tells the with statement to swallow the exception.
        return exc_type is not None and issubclass(exc_type, self._swallowed)


class _RedirectStream(AbstractContextManager):
    # Which sys attribute to replace; set by the subclasses.
    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        # Previous streams, a stack: the same object may be entered again while in use.
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._replacement)
        return self._replacement

    def __exit__(self, exc_type, exc, tb):
        setattr(sys, self._stream, self._replaced.pop())


class redirect_stdout(_RedirectStream):
    """Context manager making sys.stdout another file-like object for the with block
    (so print() and help() write there), e.g. redirect_stdout(io.StringIO())."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager making sys.stderr another file-like object for the with block."""

    _stream = "stderr"


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does nothing: `with nullcontext(value) as v` binds value. A
    stand-in where a real context manager is only sometimes needed:

        with (lock if shared else nullcontext()):
            update()
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _relink_context(raised, previous, outer):
    """Chain `raised` (an exception from an ExitStack callback) to `previous` (the exception
    the callback was given) as nested with statements would.

    Inside ExitStack.__exit__ the exception being handled is `outer` (whatever was handled
    when __exit__ was called), so Python chained `raised`, or the last exception raised
    inside the callback, to `outer`; that link is moved to `previous`. A chain that already
    reaches `previous`, or ends without meeting `outer`, is left alone.
    """
    link = raised
    while link.__context__ is not None and link.__context__ is not previous:
        if link.__context__ is outer:
            link.__context__ = previous
            return
        link = link.__context__


class _Unwinding:
    """What an exit stack's unwinding has come to: the exception details the next callback gets,
    and whether the exception was swallowed or replaced by one a callback raised."""

    def __init__(self, exc_details):
        self.exc_details = exc_details
        self.received = exc_details[0] is not None
        # Inside __exit__ the exception being handled is whatever was handled when it was called.
        self.outer = sys.exc_info()[1]
        self.suppressed = self.failed = False

    def suppress(self):
        # Swallowed: later callbacks see no exception.
        self.suppressed, self.failed = True, False
        self.exc_details = (None,) * 3

    def raised(self, error):
        # The callback's exception replaces the one it was given, chained to it.
        _relink_context(error, self.exc_details[1], self.outer)
        self.failed = True
        self.exc_details = (type(error), error, error.__traceback__)


class _BaseExitStack:
    """The callbacks of ExitStack and AsyncExitStack: (is_sync, callback) pairs, the last one run first."""

    def __init__(self):
        self._pending = []

    def pop_all(self):
        """Move all pending callbacks to a new stack and return it; this one is left empty."""
        taker = type(self)()
        taker._pending, self._pending = self._pending, []
        return taker

    def push(self, exit):
        """Add a context manager's __exit__ method, or any callable with __exit__'s signature
        (its true result suppresses the exception). Returns `exit`, so usable as a decorator."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._pending.append((True, exit))
        else:
            self._pending.append((True, types.MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enter a context manager, push its __exit__ and return what its __enter__ returned."""
        cls = type(cm)
        # Looked up on the type, as the with statement does.
        try:
            _enter, _exit = cls.__enter__, cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._pending.append((True, types.MethodType(_exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Schedule callback(*args, **kwds) (it cannot suppress exceptions); returns callback."""
        def _exit_wrapper(*exc_info):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._pending.append((True, _exit_wrapper))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager collecting cleanup work (context managers' exits and callbacks) and
    running it, last added first, on leaving the with block or on close():

        with ExitStack() as cleanup:
            files = [cleanup.enter_context(open(name)) for name in names]
            # every file opened is closed here, even if a later open() failed
    """

    def close(self):
        """Run all pending callbacks now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._pending:
            is_sync, cb = self._pending.pop()
            exc_details = state.exc_details
            try:
                if cb(*exc_details):
                    state.suppress()
            except BaseException as error:
                state.raised(error)
        exc_details = state.exc_details
        if state.failed:
            # `raise` would chain the exception to the one being handled here; keep the
            # chain made above.
            chained_to = exc_details[1].__context__
            try:
                raise exc_details[1]
            finally:
                exc_details[1].__context__ = chained_to
        return state.received and state.suppressed


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes async context managers and coroutine
    callbacks, awaited as it unwinds."""

    async def enter_async_context(self, cm):
        """Enter an async context manager, push its __aexit__ and return what its __aenter__ returned."""
        cls = type(cm)
        try:
            _enter, _exit = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol") from None
        result = await _enter(cm)
        self._pending.append((False, types.MethodType(_exit, cm)))
        return result

    def push_async_exit(self, exit):
        """Add an async context manager's __aexit__, or a coroutine function with its signature."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._pending.append((False, exit))
        else:
            self._pending.append((False, types.MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Schedule await callback(*args, **kwds) (it cannot suppress exceptions); returns callback."""
        async def _exit_wrapper(*exc_info):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._pending.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Run (and await) all pending callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._pending:
            is_sync, cb = self._pending.pop()
            exc_details = state.exc_details
            try:
                if not is_sync:
                    cb_suppress = await cb(*exc_details)
                else:
                    cb_suppress = cb(*exc_details)
                if cb_suppress:
                    state.suppress()
            except BaseException as error:
                state.raised(error)
        exc_details = state.exc_details
        if state.failed:
            chained_to = exc_details[1].__context__
            try:
                raise exc_details[1]
            finally:
                exc_details[1].__context__ = chained_to
        return state.received and state.suppressed


class chdir(AbstractContextManager):
    """Context manager changing the working directory for the with block (the process's
    only one: not thread-safe). Re-entrant."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []  # a stack, for re-entering: the directories to go back to

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        os.chdir(self._old_cwd.pop())
