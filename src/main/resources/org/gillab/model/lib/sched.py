"""sched: a general-purpose event scheduler, as CPython 3.11's module behaves.

Written for GIL Lab from CPython's documentation. Events are kept in a heap ordered by (time, priority,
sequence); the scheduler takes its lock around every change of the queue, so threads may enter and
cancel events while run() is waiting, and run() releases it while an action runs or while it delays.
"""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

# The sequence number makes events that share a time and priority run in the order they were entered,
# and keeps comparisons from ever reaching the action.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

# Marks "no kwargs given": a shared default dict would be shared by every event.
_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """timefunc() gives the current time, delayfunc(seconds) waits, in the same units."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at an absolute time; returns the Event (for cancel)."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue; ValueError (list.remove's) when it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs events as their times come, until the queue is empty. With blocking false, runs those
        that are due and returns the delay until the next one (None when none is left). After each
        action it calls delayfunc(0), letting other threads run."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                due, _, _, action, argument, kwargs = self._queue[0]
                now = self.timefunc()
                ready = due <= now
                if ready:
                    heapq.heappop(self._queue)
            if ready:
                action(*argument, **kwargs)
                self.delayfunc(0)
            elif not blocking:
                return due - now
            else:
                self.delayfunc(due - now)

    @property
    def queue(self):
        """The upcoming events, in the order they will run (a copy)."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
