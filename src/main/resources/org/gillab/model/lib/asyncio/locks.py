"""asyncio's synchronization primitives for the GIL Lab model, mirroring CPython 3.11's
Lib/asyncio/locks.py: Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.

Written for the model from the asyncio documentation and python3's observed behaviour, not copied
from CPython's source. A task that must wait stands in a line of futures, first come, first
served; whoever frees the resource wakes the first one still waiting. A waiter cancelled after it
was woken hands on what it was given (the lock, a semaphore unit), so nothing is lost with it. A
Barrier is a Condition and a count.
"""

import collections
import enum

from . import exceptions
from . import mixins

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier")


def _repr(primitive, state, waiters=()):
    """The repr all the primitives share: the default object repr, then [state, waiters:N]."""
    if waiters:
        state = f"{state}, waiters:{len(waiters)}"
    return f"<{object.__repr__(primitive)[1:-1]} [{state}]>"


async def _wait_on(line, waiter):
    """Awaits the future waiter as a member of line, which it leaves however the wait ends."""
    line.append(waiter)
    try:
        return await waiter
    finally:
        line.remove(waiter)


class _AsyncWith:
    """async with acquires the primitive for the block (binding nothing) and releases it after."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class _WaitingLine(mixins._LoopBoundMixin):
    """The tasks waiting for a lock, condition or semaphore: futures in the deque _waiters."""

    async def _wait_in_line(self):
        waiter = self._get_loop().create_future()
        try:
            await _wait_on(self._waiters, waiter)
        except exceptions.CancelledError:
            self._cancelled_in_line(waiter)
            raise

    def _cancelled_in_line(self, waiter):
        """Called when a waiter's task is cancelled (waiter may have been woken just before)."""


class Lock(_AsyncWith, _WaitingLine):
    """A mutual exclusion lock for tasks: acquire() waits while another task holds it."""

    def __init__(self):
        self._locked = False
        self._waiters = collections.deque()

    def __repr__(self):
        return _repr(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        """Takes the lock, waiting behind those already waiting for it; returns True."""
        if self._locked or any(not waiter.cancelled() for waiter in self._waiters):
            await self._wait_in_line()
        self._locked = True
        return True

    def release(self):
        """Frees the lock and wakes the first task waiting for it."""
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_first()

    def _cancelled_in_line(self, waiter):
        if not self._locked:
            self._wake_first()  # the lock may have been meant for this waiter: offer it on

    def _wake_first(self):
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: set() wakes them all, clear() makes them wait again."""

    def __init__(self):
        self._value = False
        self._waiters = collections.deque()

    def __repr__(self):
        return _repr(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Returns True once the flag is set (at once if it is)."""
        if not self._value:
            await _wait_on(self._waiters, self._get_loop().create_future())
        return True


class Condition(_AsyncWith, _WaitingLine):
    """A lock (a new Lock unless one is given) that tasks holding it can wait on until notified."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # the lock's own methods serve as the condition's
        self.locked, self.acquire, self.release = self._lock.locked, self._lock.acquire, self._lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        return _repr(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        """Frees the lock, waits to be notified and takes the lock back (even if cancelled meanwhile,
        the cancellation then raised once it is held again); returns True."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await self._wait_in_line()
            return True
        finally:
            if await self._take_lock_back():
                raise exceptions.CancelledError

    async def _take_lock_back(self):
        """Acquires the lock however often the task is cancelled meanwhile; returns whether it was."""
        interrupted = False
        while True:
            try:
                await self.acquire()
                return interrupted
            except exceptions.CancelledError:
                interrupted = True

    async def wait_for(self, predicate):
        """Waits until predicate() is true, trying it now and after each notification; returns its value."""
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        """Wakes up to n of the tasks waiting; the lock must be held."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiting = [waiter for waiter in self._waiters if not waiter.done()]
        for waiter in waiting[:n]:
            waiter.set_result(False)

    def notify_all(self):
        """Wakes every task waiting; the lock must be held."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncWith, _WaitingLine):
    """A count of free units: acquire() takes one, waiting while there is none; release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = collections.deque()
        self._value = value

    def __repr__(self):
        state = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return _repr(self, state, self._waiters)

    def locked(self):
        """Whether acquire() would wait: no unit free, or tasks waiting before."""
        return self._value == 0 or any(not waiter.cancelled() for waiter in self._waiters)

    async def acquire(self):
        """Takes a unit, waiting for one if need be; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        await self._wait_in_line()  # woken with the unit handed over already
        if self._value > 0:
            self._hand_over()  # units released meanwhile go on to those still waiting
        return True

    def release(self):
        """Gives a unit back, handing it to the first task waiting if there is one."""
        self._give_back()

    def _cancelled_in_line(self, waiter):
        if waiter.done() and not waiter.cancelled():
            self._give_back()  # it had been handed a unit: it goes back (past any bound check)

    def _give_back(self):
        self._value += 1
        self._hand_over()

    def _hand_over(self):
        for waiter in self._waiters:
            if not waiter.done():
                self._value -= 1
                waiter.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that cannot be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class _Phase(enum.Enum):
    """Where a Barrier is in its cycle; the values are what its repr shows."""

    FILLING = "filling"
    DRAINING = "draining"
    RESETTING = "resetting"
    BROKEN = "broken"


class Barrier(mixins._LoopBoundMixin):
    """Lets parties tasks wait until all of them have called wait(), then lets them all go (3.11).

    Filling, it counts the tasks waiting; the last one to come starts draining, and the tasks leave in
    turn; the barrier fills again once the last has left. reset() and abort() break the waits under way
    (BrokenBarrierError); an aborted barrier stays broken until reset.
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _Phase.FILLING
        self._count = 0  # the tasks inside wait()

    def __repr__(self):
        extra = self._state.value
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return _repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        """Waits for all parties; returns this task's arrival index (0 to parties - 1)."""
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in (_Phase.DRAINING, _Phase.RESETTING))
            if self._state is _Phase.BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if self._count == self._parties:
                    self._state = _Phase.DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state is not _Phase.FILLING)
                    if self._state in (_Phase.BROKEN, _Phase.RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                self._leave()

    def _leave(self):
        # the last task out lets the barrier fill again
        if self._count == 0:
            if self._state in (_Phase.RESETTING, _Phase.DRAINING):
                self._state = _Phase.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Back to filling; the tasks waiting get BrokenBarrierError."""
        async with self._cond:
            self._state = _Phase.RESETTING if self._count > 0 else _Phase.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waits under way and to come raise BrokenBarrierError."""
        async with self._cond:
            self._state = _Phase.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _Phase.FILLING else 0

    @property
    def broken(self):
        return self._state is _Phase.BROKEN
