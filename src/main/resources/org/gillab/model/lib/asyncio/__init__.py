"""Asynchronous I/O on the GIL Lab model: a minimal asyncio.

Mirrors CPython 3.11's Lib/asyncio/ (its __init__, base_events, selector_events, events, futures, tasks,
runners, locks, queues, threads, exceptions, coroutines, format_helpers and unix_events modules),
written for the model from the asyncio documentation and from running CPython, not copied. One event
loop kind: a selector loop that blocks in selectors.DefaultSelector.select(timeout) (the GIL released) until the next timer is due or
another thread calls call_soon_threadsafe, so sleeping tasks never spin. Future and Task are Python
here; CPython writes them in C (_asyncio), so their methods hide their frames from tracebacks as C's
do, and an uncaught exception in asyncio.run prints the same traceback.

What a program about I/O overlap uses is here: run and Runner, sleep, create_task, gather (with
return_exceptions), wait_for, timeout, timeout_at, wait, as_completed, shield, TaskGroup, Task (cancel,
done, result, exception, names), CancelledError, TimeoutError, Queue (and LifoQueue, PriorityQueue),
Lock, Event, Semaphore, BoundedSemaphore, get_running_loop, the loop's time, call_soon, call_later,
call_at, call_soon_threadsafe, run_in_executor, and to_thread (real threads through
concurrent.futures, so the GIL shows); TCP streams (open_connection, start_server, StreamReader,
StreamWriter, Server), Protocol and Transport with the loop's create_connection and create_server,
add_reader/add_writer and the sock_* coroutines; the default event loop policy. Not here: SSL, UDP and
Unix sockets, subprocesses (and child watchers), signal handlers and debug mode.
"""

from .exceptions import *
from .events import *
from .coroutines import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .runners import *
from .threads import *
from .protocols import *
from .transports import *
from .streams import *
from .taskgroups import *
from .timeouts import *
from .base_events import BaseEventLoop, Server
from .unix_events import *

# as in CPython 3.11, taskgroups' names are left out: "from asyncio import *" brings no TaskGroup
__all__ = (("BaseEventLoop", "Server") + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + protocols.__all__ + runners.__all__ + queues.__all__
           + streams.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__ + transports.__all__
           + unix_events.__all__)
