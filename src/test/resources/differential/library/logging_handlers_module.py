# logging.handlers (Lib/logging/handlers.py): queue handler and listener, rotating files by size
# and by time, a watched file, buffering and memory handlers
import datetime
import logging
import logging.handlers as handlers
import os
import queue
import sys
import tempfile
import threading

directory = tempfile.mkdtemp()


def path(name):
    return os.path.join(directory, name)


def files():
    return sorted(os.listdir(directory))


def read(name):
    with open(path(name)) as f:
        return f.read()


def fresh_logger(name, handler, level=logging.DEBUG):
    logger = logging.getLogger(name)
    logger.setLevel(level)
    logger.propagate = False
    logger.addHandler(handler)
    return logger


# QueueHandler in the logging threads, QueueListener's one thread writing
q = queue.Queue()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
warnings_only = logging.StreamHandler(sys.stdout)
warnings_only.setLevel(logging.WARNING)
warnings_only.setFormatter(logging.Formatter("!! %(message)s"))
qh = handlers.QueueHandler(q)
log = fresh_logger("app", qh)
listener = handlers.QueueListener(q, out, warnings_only, respect_handler_level=True)
print(repr(qh), listener.respect_handler_level, listener.handlers == (out, warnings_only))
listener.start()
done = threading.Event()


def worker(n):
    log.info("worker %d says %s", n, "hi")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
q.join()
log.warning("careful: %r", {"k": 1})
listener.stop()
print("listener thread:", listener._thread)

record = logging.LogRecord("n", logging.ERROR, "f.py", 3, "value %s", ("x",), None, sinfo="Stack (most recent call last):")
try:
    1 / 0
except ZeroDivisionError:
    record.exc_info = sys.exc_info()
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
prepared = qh.prepare(record)
print(prepared is record, prepared.msg.splitlines()[0], prepared.msg.splitlines()[-1], prepared.message == prepared.msg)
print(prepared.args, prepared.exc_info, prepared.exc_text, prepared.stack_info, record.args)


class Full:
    def put_nowait(self, item):
        raise queue.Full


bad = handlers.QueueHandler(Full())
saved, sys.stderr = sys.stderr, sys.stdout
logging.raiseExceptions = False
fresh_logger("full", bad).error("lost")
logging.raiseExceptions = True
sys.stderr = saved

# RotatingFileHandler: 40 bytes a file, three backups
rot = handlers.RotatingFileHandler(path("app.log"), mode="w", maxBytes=40, backupCount=3)
print(rot.mode, rot.maxBytes, rot.backupCount, rot.namer, rot.rotator)
rot.setFormatter(logging.Formatter("%(message)s"))
rlog = fresh_logger("rot", rot)
for i in range(12):
    rlog.info("line %02d of the rotating log", i)
rot.close()
print(files())
for name in files():
    print(name, repr(read(name)))
for name in files():
    os.remove(path(name))

named = handlers.RotatingFileHandler(path("n.log"), maxBytes=20, backupCount=2, delay=True)
named.namer = lambda default: default + ".bak"
named.rotator = lambda source, dest: (print("rotate", os.path.basename(source), "->", os.path.basename(dest)),
                                      os.rename(source, dest))
nlog = fresh_logger("named", named)
for i in range(4):
    nlog.info("message number %d", i)
named.close()
print(files())
for name in files():
    os.remove(path(name))

never = handlers.RotatingFileHandler(path("never.log"), backupCount=2)
fresh_logger("never", never).info("x" * 100)
never.close()
print(files(), never.shouldRollover(record))
never.close()
os.remove(path("never.log"))

# TimedRotatingFileHandler: its settings, and rollovers at fixed instants in UTC
for when in ["S", "m", "H", "D", "midnight", "W0", "w6"]:
    h = handlers.TimedRotatingFileHandler(path("t.log"), when=when, interval=2, utc=True, delay=True)
    print(when, h.when, h.interval, h.suffix, h.extMatch.pattern, h.extMatch.flags & 256)
for when in ["W", "W7", "X", "W12"]:
    try:
        handlers.TimedRotatingFileHandler(path("t.log"), when=when, delay=True)
    except ValueError as e:
        print(e)

monday_noon = int(datetime.datetime(2024, 3, 4, 12, 0, tzinfo=datetime.timezone.utc).timestamp())


def stamp(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%a %Y-%m-%d %H:%M:%S")


for when, at in [("H", None), ("midnight", None), ("midnight", datetime.time(6, 30)),
                 ("midnight", datetime.time(13, 0)), ("W0", None), ("W1", None), ("W1", datetime.time(0, 0)),
                 ("W6", datetime.time(9, 0))]:
    h = handlers.TimedRotatingFileHandler(path("t.log"), when=when, utc=True, atTime=at, delay=True)
    print(when, at, stamp(h.computeRollover(monday_noon)))

timed = handlers.TimedRotatingFileHandler(path("t.log"), when="D", backupCount=2, utc=True)
timed.setFormatter(logging.Formatter("%(message)s"))
tlog = fresh_logger("timed", timed)
for day in range(4):
    tlog.info("day %d", day)
    timed.rolloverAt = monday_noon + (day + 1) * timed.interval
    timed.doRollover()
print(files())
print([read(name) for name in files()])
print(timed.getFilesToDelete())
for name in ["t.log.2024-03-01", "t.log.notadate", "t.log.2024-03-02.gz"]:
    open(path(name), "w").close()
print([os.path.basename(p) for p in timed.getFilesToDelete()])
timed.close()
for name in files():
    os.remove(path(name))

# WatchedFileHandler reopens a file moved away
watched = handlers.WatchedFileHandler(path("w.log"))
watched.setFormatter(logging.Formatter("%(message)s"))
wlog = fresh_logger("watched", watched)
wlog.info("before the move")
os.rename(path("w.log"), path("w.log.old"))
wlog.info("after the move")
watched.close()
print(files(), read("w.log"), read("w.log.old"), end="")
print(watched.dev != -1, watched.ino != -1)
for name in files():
    os.remove(path(name))


# BufferingHandler and MemoryHandler
class Collect(handlers.BufferingHandler):
    def flush(self):
        print("flushing", [r.getMessage() for r in self.buffer])
        super().flush()


collect = Collect(3)
clog = fresh_logger("collect", collect)
for i in range(7):
    clog.info("c%d", i)
print("left:", len(collect.buffer))
collect.close()

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target got %(levelname)s %(message)s"))
memory = handlers.MemoryHandler(10, flushLevel=logging.ERROR, target=target)
print(repr(memory), memory.capacity, memory.flushLevel, memory.flushOnClose)
mlog = fresh_logger("memory", memory)
mlog.info("one")
mlog.debug("two")
print("buffered:", len(memory.buffer))
mlog.error("three")
print("buffered:", len(memory.buffer))
mlog.info("four")
memory.close()
print(memory.target, len(memory.buffer))
held = handlers.MemoryHandler(2, flushOnClose=False)
fresh_logger("held", held).info("kept")
held.close()
print(len(held.buffer))
os.rmdir(directory)
