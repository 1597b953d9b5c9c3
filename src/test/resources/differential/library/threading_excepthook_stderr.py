# threading's default excepthook (_thread._excepthook) writes to sys.stderr, or, when that is None,
# to the sys.stderr the Thread saved when it was made; nowhere if that is None too. The header names
# the thread, or gives the calling thread's ident when the thread is None or has no name; other
# errors of the hook's own lookups propagate. Called directly, it takes only an ExceptHookArgs.
import io
import sys
import threading

real_stderr = sys.stderr


def boom():
    raise ValueError("boom")


def run(name):
    thread = threading.Thread(target=boom, name=name)
    thread.start()
    thread.join()


def without_ident(text):
    return text.replace(f"thread {threading.get_ident()}:", "thread <ident>:")


def first_lines(buffer):
    lines = without_ident(buffer.getvalue()).splitlines()
    return lines[:1] + lines[-1:]


# sys.stderr None when the thread fails: the saved one, the real stderr
thread = threading.Thread(target=boom, name="saved-real")
sys.stderr = None
thread.start()
thread.join()
sys.stderr = real_stderr

# sys.stderr replaced when the thread fails: the current one
replaced = io.StringIO()
sys.stderr = replaced
run("replaced")
sys.stderr = real_stderr
print("replaced:", first_lines(replaced))

# made while sys.stderr was a buffer, failing while it is None: the buffer
saved = io.StringIO()
sys.stderr = saved
thread = threading.Thread(target=boom, name="saved-buffer")
sys.stderr = None
thread.start()
thread.join()
sys.stderr = real_stderr
print("saved:", first_lines(saved))

# made and failing while sys.stderr is None: nothing at all
sys.stderr = None
run("nowhere")
sys.stderr = real_stderr
print("nowhere: done")


class FakeThread:
    pass


def call(*fields):
    try:
        threading.excepthook(threading.ExceptHookArgs(list(fields)))
        print("returned")
    except BaseException as e:
        print("raised", type(e).__name__, e)


class Args:
    exc_type, exc_value, exc_traceback, thread = ValueError, ValueError("fake"), None, None


try:
    threading.excepthook(Args())
except TypeError as e:
    print("TypeError:", e)

out = io.StringIO()
sys.stderr = out
call(ValueError, ValueError("no name"), None, FakeThread())
call(ValueError, ValueError("no thread"), None, None)
named = FakeThread()
named.name = "fake"
call(ValueError, "not an exception", None, named)
call(ValueError, None, None, named)
named.name = 12
call(ValueError, ValueError("int name"), None, named)
call(SystemExit, SystemExit(3), None, named)
call(KeyboardInterrupt, KeyboardInterrupt(), None, named)


class BadName:
    @property
    def name(self):
        raise KeyError("k")


call(ValueError, ValueError("bad name"), None, BadName())
sys.stderr = None
call(ValueError, ValueError("no _stderr"), None, FakeThread())
call(ValueError, ValueError("None thread"), None, None)
quiet = FakeThread()
quiet._stderr = None
call(ValueError, ValueError("_stderr None"), None, quiet)
quiet._stderr = 5
call(ValueError, ValueError("_stderr 5"), None, quiet)
quiet._stderr = out
quiet.name = "saved"
call(ValueError, ValueError("to _stderr"), None, quiet)
sys.stderr = real_stderr
print(without_ident(out.getvalue()), end="")
