"""IsolatedAsyncioTestCase: the GIL Lab model's unittest.async_case.

Mirrors CPython 3.11's Lib/unittest/async_case.py: written for the model from the unittest
documentation and from experiments with python3, not copied. Each run of a test gets an event loop of
its own (an asyncio.Runner in debug mode); setUp, asyncSetUp, the test method, asyncTearDown, tearDown
and the cleanups all run in one contextvars.Context, so a context variable set in one part is seen by
the next. A part that is a coroutine function is run to completion on the loop; any other is called.
"""

import asyncio
from contextvars import copy_context
from inspect import iscoroutinefunction

from .case import TestCase, _warn_returned_value


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose fixtures, test methods and cleanups may be coroutine functions."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        # one context for every part of the test, so that context variables carry over
        self._asyncioTestContext = copy_context()
        self._asyncioRunner = None   # the asyncio.Runner of the run (kept, closed, after it)

    async def asyncSetUp(self):
        """Hook awaited after setUp."""

    async def asyncTearDown(self):
        """Hook awaited before tearDown."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """addCleanup for a coroutine function (any cleanup may be one: it is awaited)."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm, its __aexit__ added as a cleanup; returns
        what __aenter__ returned."""
        cls = type(cm)
        if not (hasattr(cls, '__aenter__') and hasattr(cls, '__aexit__')):
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        entered = await cls.__aenter__(cm)
        self.addAsyncCleanup(cls.__aexit__, cm, None, None, None)
        return entered

    # TestCase.run and debug call the parts of a test through the _call* hooks. A failing test's
    # traceback shows these frames (this module does not hide its frames, as CPython's does not),
    # so their names and the lines that call onwards are CPython's.

    def _callSetUp(self):
        """setUp, then asyncSetUp, on a loop that exists before setUp so that it can use it."""
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        """The test method, awaited if it is a coroutine function."""
        if self._callMaybeAsync(method) is not None:
            # stacklevel 4: this method, TestCase.run or debug, ours, then their caller
            _warn_returned_value(method, stacklevel=4)

    def _callTearDown(self):
        """asyncTearDown, then tearDown."""
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, /, *args, **kwargs):
        """A cleanup, awaited if it is a coroutine function."""
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, function, /, *args, **kwargs):
        """Runs the coroutine function to its end on the test's loop, in the test's context."""
        self._require_runner()
        assert iscoroutinefunction(function), f'{function!r} is not an async function'
        return self._asyncioRunner.run(
            function(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        """Runs func in the test's context: a coroutine function on the test's loop (the same call
        as _callAsync's, repeated because a traceback shows the calling frame), else called."""
        self._require_runner()
        if not iscoroutinefunction(func):
            return self._asyncioTestContext.run(func, *args, **kwargs)
        return self._asyncioRunner.run(
            func(*args, **kwargs), context=self._asyncioTestContext)

    def _require_runner(self):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'

    def _new_runner(self):
        # the closed runner stays after a run, so an instance runs only once, as in CPython
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)
        return self._asyncioRunner

    def run(self, result=None):
        runner = self._new_runner()
        try:
            return super().run(result)
        finally:
            runner.close()

    def debug(self):
        runner = self._new_runner()
        super().debug()
        runner.close()   # when debug raises, __del__ closes the runner

    def __del__(self):
        runner = self._asyncioRunner
        if runner is not None:
            runner.close()
