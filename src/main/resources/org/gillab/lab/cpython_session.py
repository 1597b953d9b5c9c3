# GIL Lab's CPython session: runs the %%python --cpython cells of one notebook in one persistent
# __main__, as IPython runs cells. The kernel starts it with `python3 -u -c <this file>` and talks to
# it over its standard streams:
#
#   kernel -> session (stdin), one JSON object a line:
#     {"run": CODE, "filename": NAME}   run a cell
#     {"get": NAME}                     a global's value, as JSON
#     {"set": NAME, "value": VALUE}     a global from a JSON value
#     {"input": LINE}                   the line input() asked for ({"input": null, "error": WHY}: none)
#     {"interrupt": true}               KeyboardInterrupt in the running cell, as Ctrl-C raises it
#   session -> kernel (stdout): what the cell prints, and control lines that start with NUL:
#     {"ready": VERSION}  {"stderr": TEXT}  {"input": true}  {"done": {...}}  {"value": ...}  {"error": ...}
#
# The session ends when its stdin closes: the kernel has gone.
import ast
import builtins
import io
import json
import linecache
import os
import platform
import queue
import signal
import sys
import threading
import time
import traceback
import types

FRAME = "\0"
SESSION_FILE = sys._getframe().f_code.co_filename  # frames of this file are left out of tracebacks
_stdout = sys.stdout
_requests = queue.Queue()
_input_lines = queue.Queue()
_running = False  # a cell runs: an interrupt raises KeyboardInterrupt in it; between cells SIGINT is ignored


def emit(message):
    _stdout.write(FRAME + json.dumps(message) + "\n")
    _stdout.flush()


class FramedStderr(io.TextIOBase):
    """sys.stderr: text sent as stderr frames, so the kernel shows it as the cell's stderr."""

    def writable(self):
        return True

    def write(self, text):
        if text:
            emit({"stderr": text})
        return len(text)


class FrontEndStdin(io.TextIOBase):
    """sys.stdin: each line is asked of the notebook's front end, as ipykernel's input() does."""

    def readable(self):
        return True

    def readline(self, size=-1):
        emit({"input": True})
        reply = _input_lines.get()
        if reply.get("error"):
            raise OSError("input(): " + reply["error"])
        return "" if reply["input"] is None else reply["input"] + "\n"


def read_requests(stream, main_thread_id):
    for line in stream:
        message = json.loads(line)
        if "interrupt" in message:
            if _running:
                # to the main thread itself, so that a sleep or a wait there ends as Ctrl-C ends it
                signal.pthread_kill(main_thread_id, signal.SIGINT)
        elif "input" in message:
            _input_lines.put(message)
        else:
            _requests.put(message)
    os._exit(0)


def error(exception):
    """ename, evalue and traceback lines of an exception, without this session's own frames."""
    report = traceback.TracebackException(type(exception), exception, exception.__traceback__)
    report.stack = traceback.StackSummary.from_list([f for f in report.stack if f.filename != SESSION_FILE])
    text = "".join(report.format())
    return {"ename": type(exception).__name__, "evalue": str(exception), "traceback": text.rstrip("\n").split("\n")}


def run_cell(code, filename, namespace):
    """Runs a cell as IPython does: the last statement, if an expression, gives the value shown."""
    global _running
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    value = failure = None
    start = time.perf_counter()
    _running = True
    signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C's KeyboardInterrupt, with no frame of ours
    try:
        tree = compile(code, filename, "exec", ast.PyCF_ONLY_AST)  # builtin: no frame in a SyntaxError report
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, filename, "exec"), namespace)
        if last is not None:
            result = eval(compile(ast.Expression(last.value), filename, "eval"), namespace)
            if result is not None:
                builtins._ = result
                value = repr(result)
    except BaseException as exception:
        failure = error(exception)
    finally:
        _running = False
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    seconds = time.perf_counter() - start
    threads = [t.name for t in threading.enumerate() if t is not threading.main_thread() and t is not _reader]
    return {"done": {"value": value, "error": failure, "seconds": seconds, "threads": threads}}


def serve(request, namespace):
    if "run" in request:
        return run_cell(request["run"], request["filename"], namespace)
    name = request.get("get", request.get("set"))
    if "set" in request:
        namespace[name] = request["value"]
        return {"value": None}
    if name not in namespace:
        return {"error": {"ename": "NameError", "evalue": "name '%s' is not defined" % name}}
    try:
        return {"value": json.loads(json.dumps(namespace[name]))}
    except (TypeError, ValueError) as e:
        return {"error": {"ename": type(e).__name__, "evalue": str(e)}}


def main():
    global _reader
    main_module = types.ModuleType("__main__")
    main_module.__builtins__ = builtins
    sys.modules["__main__"] = main_module
    _reader = threading.Thread(target=read_requests, args=(sys.stdin.buffer, threading.get_ident()),
                               name="gil-lab-session", daemon=True)
    sys.stdin = FrontEndStdin()
    sys.stderr = FramedStderr()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _reader.start()
    emit({"ready": platform.python_version()})
    while True:
        try:
            request = _requests.get()
        except KeyboardInterrupt:
            continue
        try:
            reply = serve(request, main_module.__dict__)
        except KeyboardInterrupt:  # between the cell's end and its report
            reply = {"done": {"value": None, "error": error(KeyboardInterrupt()), "seconds": 0, "threads": []}}
        emit(reply)


main()
