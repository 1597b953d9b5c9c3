"""IsolatedAsyncioTestCase: the GIL Lab model's unittest.async_case.

Mirrors CPython 3.11's Lib/unittest/async_case.py: written for the model from the unittest
documentation and from experiments with python3, not copied. Each run of a test gets an event loop of
its own (an asyncio.Runner in debug mode); setUp, asyncSetUp, the test method, asyncTearDown, tearDown
and the cleanups all run in one contextvars.Context, so a context variable set in one part is seen by
the next. A part that is a coroutine function is run to completion on the loop; any other is called.
"""

import asyncio
import contextvars
import inspect

from .case import TestCase, _protocol_methods


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose fixtures, test methods and cleanups may be coroutine functions."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        # one context for every part of the test, so that context variables carry over
        self._asyncioTestContext = contextvars.copy_context()
        self._asyncioRunner = None   # an asyncio.Runner while a run goes on

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
        enter, exit = _protocol_methods(cm, '__aenter__', '__aexit__', 'asynchronous context manager')
        entered = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return entered

    # the hooks through which TestCase.run and debug call the parts of a test

    _callerStacklevel = TestCase._callerStacklevel + 1   # our run/debug lies between

    def _setUpSteps(self):
        return (self.setUp, self.asyncSetUp)

    def _tearDownSteps(self):
        return (self.asyncTearDown, self.tearDown)

    def _call_part(self, function, /, *args, **kwargs):
        """function's result, called in the test's context: run to completion on the test's loop
        if it is a coroutine function."""
        runner = self._asyncioRunner
        assert runner is not None, 'asyncio runner is not initialized'
        runner.get_loop()   # the loop exists before setUp, which may use it
        if inspect.iscoroutinefunction(function):
            return runner.run(function(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(function, *args, **kwargs)

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
