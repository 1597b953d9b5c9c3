"""Tracebacks users see: chained exceptions in threads, logging.exception, traceback module, warnings."""
import threading, traceback, logging, sys, warnings, functools, concurrent.futures as cf

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")

class AppError(Exception):
    """Base for our errors."""
class RetryError(AppError):
    def __init__(self, attempts, last):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last

def retry(times):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except ValueError as e:
                    last = e
            raise RetryError(times, last) from last
        return inner
    return wrap

@retry(3)
def parse(text):
    """Parse an int."""
    return int(text)

print(parse("12"), parse.__name__, parse.__doc__, parse.__wrapped__.__name__)
try:
    parse("x")
except AppError as e:
    traceback.print_exc(file=sys.stdout)
    print(repr(e.__cause__), e.attempts)

def worker():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("worker failed") 
errors = []
threading.excepthook = lambda args: errors.append("".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))
t = threading.Thread(target=worker); t.start(); t.join()
print(errors[0])
threading.excepthook = threading.__excepthook__

log = logging.getLogger("jobs")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("job %d crashed", 7)

with cf.ThreadPoolExecutor(1) as ex:
    fut = ex.submit(parse, "nope")
    try:
        fut.result()
    except RetryError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        tb = traceback.extract_tb(e.__traceback__)
        print([f.name for f in tb])

warnings.simplefilter("always")
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as caught:
    old_api()
print([str(w.message) for w in caught], caught[0].category.__name__, caught[0].lineno > 0)
warnings.warn("plain warning")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")
g = gen(); next(g); g.close()
def coro():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            total = -1
            continue
        total += x
c = coro(); next(c); c.send(5); print(c.send(10), c.throw(ValueError), c.send(3))
try:
    raise ExceptionGroup("batch", [ValueError(1), KeyError(2)])
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
def nested():
    try:
        raise TypeError("inner")
    finally:
        print("finally runs")
try:
    nested()
except TypeError as e:
    e.add_note("while doing nested work")
    traceback.print_exception(e, file=sys.stdout)
raise AppError("fatal at top level")
