"""Process-based parallelism: the GIL Lab model's multiprocessing package.

Written for the model (not copied) to behave as CPython 3.11's Lib/multiprocessing documents. Every
child is a real OS process (a JVM with its own interpreter and GIL) that runs the parent's main program
as __mp_main__, then the function it was sent by name. Under the fork start method (Linux's default)
that re-run stops, silently, where the parent started the child, so a program without the
`if __name__ == '__main__':` guard works as a forked child would; under spawn and forkserver that call
raises CPython's bootstrapping RuntimeError. A context from get_context() starts its children as the
program's start method says, whatever its own name.
Processes and Pool's workers are started by the Java module _multiprocessing (the project's process pool);
objects processes share (queues, pipes, locks, conditions, barriers, Value, Array, and a Manager's
dicts, lists and namespaces) live in the parent, which serves the children over their pipes;
shared_memory's segments are real shared memory, which every process maps.
What the model lacks (Listener/Client, ...) is
simply absent, so importing it raises ImportError naming it.
"""

from _multiprocessing import cpu_count
from multiprocessing.context import ProcessError, BufferTooShort, TimeoutError, AuthenticationError
from multiprocessing.process import Process, current_process, parent_process, active_children

# logging's levels that the package adds (util's too); util itself is imported when first needed, as CPython's
SUBDEBUG, SUBWARNING = 5, 25

__all__ = [
    'Process', 'current_process', 'parent_process', 'active_children', 'cpu_count', 'freeze_support',
    'get_context', 'get_start_method', 'set_start_method', 'get_all_start_methods',
    'Pool', 'Queue', 'JoinableQueue', 'SimpleQueue', 'Pipe', 'Lock', 'RLock', 'Semaphore',
    'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Manager', 'Value', 'Array', 'RawValue', 'RawArray',
    'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError', 'get_logger', 'log_to_stderr',
]


def get_logger():
    """The package's logger (multiprocessing.util.get_logger)."""
    from .util import get_logger
    return get_logger()


def log_to_stderr(level=None):
    """Logs the package's records to sys.stderr (multiprocessing.util.log_to_stderr)."""
    from .util import log_to_stderr
    return log_to_stderr(level)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """A pool of worker processes (see multiprocessing.pool.Pool)."""
    from .pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Queue(maxsize=0):
    from .queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from .queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from .queues import SimpleQueue
    return SimpleQueue()


def Pipe(duplex=True):
    from .connection import Pipe
    return Pipe(duplex)


def Lock():
    from .synchronize import Lock
    return Lock()


def RLock():
    from .synchronize import RLock
    return RLock()


def Semaphore(value=1):
    from .synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from .synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Condition(lock=None):
    from .synchronize import Condition
    return Condition(lock)


def Barrier(parties, action=None, timeout=None):
    from .synchronize import Barrier
    return Barrier(parties, action, timeout)


def Manager():
    """A started SyncManager (see multiprocessing.managers: its objects live in this process)."""
    from .managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Event():
    from .synchronize import Event
    return Event()


def Value(typecode_or_type, *args, lock=True):
    from .sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from .sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from .sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from .sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def freeze_support():
    """Nothing to do: the model's children are never frozen executables."""


# set_start_method's choice: None until a program sets one or asks, which makes it Linux's 'fork'
_start_method = None
_START_METHODS = ('fork', 'spawn', 'forkserver')


def get_all_start_methods():
    return list(_START_METHODS)


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None:
        if allow_none:
            return None
        _start_method = 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _start_method = None
        return
    _start_method = get_context(method)._name


class BaseContext:
    """What get_context(method) returns: the module's API, in a class named for its start method, as
    CPython's multiprocessing.context classes are."""
    __module__ = 'multiprocessing.context'
    _name = None

    def get_start_method(self, allow_none=False):
        return self._name

    @property
    def Process(self):
        """The context's own Process class (ForkProcess, SpawnProcess...), which names its children."""
        from . import process
        return getattr(process, self._process_class)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        """A pool whose workers are this context's processes ('SpawnPoolWorker-N' for spawn's)."""
        from .pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __getattr__(self, name):
        if name in __all__:
            return globals()[name]
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))


class ForkContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'fork'
    _process_class = 'ForkProcess'


class SpawnContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'spawn'
    _process_class = 'SpawnProcess'


class ForkServerContext(BaseContext):
    __module__ = 'multiprocessing.context'
    _name = 'forkserver'
    _process_class = 'ForkServerProcess'


_contexts = {context._name: context() for context in (ForkContext, SpawnContext, ForkServerContext)}


def get_context(method=None):
    if method is None:
        return _contexts[get_start_method()]
    try:
        return _contexts[method]
    except (KeyError, TypeError):
        raise ValueError('cannot find context for %r' % (method,)) from None
