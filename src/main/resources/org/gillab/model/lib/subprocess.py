"""Child processes and their pipes: the GIL Lab model's subprocess module.

Mirrors the behaviour of CPython 3.11's Lib/subprocess.py on POSIX, written for the model from the
documentation and from running CPython, not copied from it: run, call, check_call, check_output,
getoutput, getstatusoutput, Popen (pipes as file objects, text mode, communicate, wait, poll, signals,
timeouts), CompletedProcess and the exceptions, with CPython's messages and reprs. As in CPython this
is Python over a native helper: the model's is the Java _posixsubprocess (PosixSubprocessModule),
which starts real OS processes and does every wait (wait, communicate, reading a pipe) without the
GIL, so threads waiting for children overlap as CPython's do. The lines that tracebacks through this
module show (run's communicate, check_output's run, Popen's _execute_child...) read as CPython's.

A child's inherited stdout and stderr are the model's own: what it writes there is copied into the
interpreter's output (in a notebook, the cell's). Deliberate differences: `executable` is the program
run and also its argv[0]; preexec_fn, user, group, extra_groups, umask and process_group are not
supported (ValueError); close_fds, pass_fds, pipesize, restore_signals and start_new_session are
accepted and have no effect; a child killed by a signal the model did not send has the return code
128+N (Java reports no signal); kill() also kills the child's own children; children still running
when the interpreter closes are killed.
"""

import io
import os
import signal
import time
import _posixsubprocess
from types import GenericAlias as _GenericAlias

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess", "list2cmdline"]

# What a stream argument may be besides a file object or a descriptor (the values are CPython's).
PIPE = -1
STDOUT = -2
DEVNULL = -3

_clock = time.monotonic


# ---- results and errors -----------------------------------------------------------------------------

class SubprocessError(Exception):
    pass


def _describe_signal(number):
    """How CPython shows signal `number` in a message: the repr of its signal.Signals member."""
    aliases = ("SIGCLD", "SIGIOT", "SIGPOLL")  # Signals names the first of equal values only
    for name in sorted(vars(signal)):
        if (name.startswith("SIG") and not name.startswith("SIG_") and name not in aliases
                and getattr(signal, name) == number):
            return f"<Signals.{name}: {number}>"
    return None


class CalledProcessError(SubprocessError):
    """A child checked by check_call, check_output or run(check=True) ended with a non-zero status.

    returncode is its status (-N if signal N ended it), cmd the command; output (alias stdout) and
    stderr hold what it wrote, if that was captured.
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        status = self.returncode
        if status is not None and status < 0:
            shown = _describe_signal(-status)
            if shown is None:
                return f"Command '{self.cmd}' died with unknown signal {-status}."
            return f"Command '{self.cmd}' died with {shown}."
        # %d as in CPython: a float status shows as an int, a non-number is a TypeError
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, status)

    stdout = property(lambda self: self.output, lambda self, value: setattr(self, "output", value),
                      doc="The child's captured standard output: the same as output.")


class TimeoutExpired(SubprocessError):
    """A timeout passed before the child ended; output (alias stdout) and stderr hold what came so far."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    stdout = CalledProcessError.stdout


class CompletedProcess(object):
    """What run() returns: the args, the return code, and the output captured (None if it was not)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        fields += [f"{name}={value!r}" for name, value in (("stdout", self.stdout), ("stderr", self.stderr))
                   if value is not None]
        return f"{type(self).__name__}({', '.join(fields)})"

    def check_returncode(self):
        """Raises CalledProcessError if the return code is not zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


# ---- the convenience functions ----------------------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command to its end and returns a CompletedProcess.

    input (bytes, or str in text mode) is sent to its stdin; capture_output=True pipes stdout and
    stderr; when timeout seconds pass the child is killed and TimeoutExpired raised; with check=True
    a non-zero status raises CalledProcessError. Other arguments are Popen's.
    """
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # as on POSIX in CPython: the exception keeps the output read before the time ran out
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     stderr=stderr, output=stdout)
    return CompletedProcess(process.args, retcode, stdout=stdout, stderr=stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its return code (the child is killed if waiting for it fails)."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs a command; returns 0, or raises CalledProcessError for a non-zero return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args", popenargs[0] if popenargs else None)
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns what it wrote to stdout; a non-zero status raises CalledProcessError."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if "input" in kwargs and kwargs["input"] is None:
        # an explicit input=None still means empty input, as in CPython
        textual = any(kwargs.get(name) for name in ("universal_newlines", "text", "encoding", "errors"))
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Runs cmd in a shell; returns (exit code, its stdout and stderr as text without a final newline)."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            errors=errors, encoding=encoding)
        status = 0
    except CalledProcessError as failed:
        data, status = failed.output, failed.returncode
    return status, data[:-1] if data.endswith("\n") else data


def getoutput(cmd, *, encoding=None, errors=None):
    """Runs cmd in a shell; returns its stdout and stderr as text without a final newline."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


# ---- Popen ------------------------------------------------------------------------------------------

def list2cmdline(seq):
    """One Windows command line for the arguments in seq (Popen uses it on Windows only), quoted so
    that the MS C runtime reads them back: an argument that is empty or has a space or tab goes in
    double quotes, a double quote gets a backslash, and backslashes double where a quote follows."""
    return ' '.join(_windows_quoted(arg) for arg in map(os.fsdecode, seq))


def _windows_quoted(arg):
    quoted = not arg or ' ' in arg or '\t' in arg
    pieces, backslashes = [], 0
    for ch in arg:
        if ch == '\\':
            backslashes += 1
            continue
        escapes = 2 * backslashes + 1 if ch == '"' else backslashes
        pieces.append('\\' * escapes + ch)
        backslashes = 0
    # backslashes at the end stay literal, so double them when the closing quote follows them
    pieces.append('\\' * (2 * backslashes if quoted else backslashes))
    text = ''.join(pieces)
    return f'"{text}"' if quoted else text


def _plain(value):
    """A str for an argument, cwd or environment entry given as str, bytes or a path-like object."""
    if not isinstance(value, (str, bytes)):
        # os.fspath's protocol, here because the model's os.fspath takes str only so far
        protocol = getattr(type(value), "__fspath__", None)
        if protocol is None:
            raise TypeError(f"expected str, bytes or os.PathLike object, not {type(value).__name__}")
        value = protocol(value)
    return value.decode() if isinstance(value, bytes) else value


def _spawn_stream(stream):
    """A stream argument as spawn takes it: None, PIPE, STDOUT, DEVNULL, 0-2, or the raw file under it."""
    if stream is None or isinstance(stream, int):
        return stream
    descriptor = stream.fileno()  # io.UnsupportedOperation for a file object without one, as in CPython
    if descriptor in (0, 1, 2):
        return descriptor
    layer = stream
    while not isinstance(layer, (io.FileIO, _posixsubprocess.FileIO)):
        # a TextIOWrapper has a buffer, a buffered file a raw one: go down to the file itself
        layer = getattr(layer, "buffer", None) or getattr(layer, "raw", None)
        if layer is None:
            raise OSError(9, "Bad file descriptor")
    return layer


def _size(name, value):
    """bufsize or pipesize: None means -1 (the default), anything else must be an int."""
    if value is None:
        return -1
    if not isinstance(value, int):
        raise TypeError(f"{name} must be an integer")
    return value


def _text(data, encoding, errors):
    """Output read in text mode: decoded, with \\r\\n and \\r read as \\n as a TextIOWrapper reads them."""
    if data is None:
        return None
    return data.decode(encoding or "utf-8", errors or "strict").replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """A child process running args, with its stdin, stdout and stderr connected as asked.

    A stream is None (the parent's), PIPE (a new pipe: the attribute of that name is its file object),
    DEVNULL, STDOUT (stderr only: into stdout), a descriptor or a file object. text=True (or encoding,
    errors, universal_newlines) makes the pipes text. Usable in a with statement, which closes the pipes
    and waits for the child.
    """

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._child = None
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._talked = False  # communicate() has begun: a later call goes on where it stopped
        bufsize = _size("bufsize", bufsize)
        pipesize = _size("pipesize", pipesize)
        for name, used in (("startupinfo", startupinfo is not None), ("creationflags", creationflags != 0)):
            if used:
                raise ValueError(f"{name} is only supported on Windows platforms")
        refused = dict(preexec_fn=preexec_fn, user=user, group=group, extra_groups=extra_groups,
                       process_group=process_group, umask=None if umask == -1 else umask)
        for name, value in refused.items():
            if value is not None:
                raise ValueError(f"The '{name}' parameter is not supported by the GIL Lab model")
        if None not in (text, universal_newlines) and bool(text) != bool(universal_newlines):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        # the first of these that is true, else universal_newlines: CPython keeps that value, not a bool
        self.text_mode = next(filter(None, (encoding, errors, text)), universal_newlines)
        self._execute_child(args, executable, preexec_fn, close_fds,
                            shell, cwd, env, stdin, stdout, stderr)
        self._open_pipes(bufsize)

    @property
    def universal_newlines(self):
        # the old name of text mode, kept by CPython as an alias
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        shown = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        return shown if len(shown) <= 80 else shown[:76] + "...>"

    def _execute_child(self, args, executable, preexec_fn, close_fds, shell, cwd, env, stdin, stdout,
                       stderr):
        """Starts the child through spawn (preexec_fn is refused earlier; close_fds has nothing to close:
        the model's children inherit no descriptors but 0-2)."""
        if isinstance(args, (bytes, str)):
            argv = [args]
        elif hasattr(type(args), "__fspath__"):  # a path-like object
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        argv = [_plain(arg) for arg in argv]
        if shell:
            argv[:0] = ["/bin/sh", "-c"]
        if not argv:
            raise IndexError("list index out of range")
        if executable:
            argv[0] = _plain(executable)
        directory = None if cwd is None else _plain(cwd)
        environment = []
        for name, value in (os.environ if env is None else env).items():
            name = _plain(name)
            if "=" in name:
                raise ValueError("illegal environment variable name")
            environment.append(f"{name}={_plain(value)}")
        ends = [_spawn_stream(stream) for stream in (stdin, stdout, stderr)]
        try:
            if STDOUT in ends[:2]:
                raise OSError(9, "Bad file descriptor")  # only stderr can go to stdout
            self._child = _posixsubprocess.spawn(argv, directory, environment, *ends)
        except OSError as error:
            failure = (type(error), error.errno, error.strerror, error.filename)
        else:
            failure = None
        if failure is not None:
            # raised afresh outside the handler, so that it has no context: CPython reports the child's error this way
            child_exception_type, errno_num, err_msg, err_filename = failure
            raise child_exception_type(errno_num, err_msg, err_filename)
        self.pid = self._child.pid

    def _open_pipes(self, bufsize):
        """The parent's ends of the pipes as file objects: buffered unless bufsize is 0, text in text mode."""
        line_buffering = bool(self.text_mode) and bufsize == 1
        size = io.DEFAULT_BUFFER_SIZE if bufsize < 0 or bufsize == 1 else bufsize
        ends = self._child
        if ends.stdin is not None:
            writer = io.BufferedWriter(ends.stdin, size) if bufsize else ends.stdin
            if self.text_mode:
                writer = io.TextIOWrapper(writer, encoding=self.encoding, errors=self.errors,
                                          write_through=True, line_buffering=line_buffering)
            self.stdin = writer
        for name in ("stdout", "stderr"):
            raw = getattr(ends, name)
            if raw is not None:
                reader = io.BufferedReader(raw, size) if bufsize else raw
                if self.text_mode:
                    reader = io.TextIOWrapper(reader, encoding=self.encoding, errors=self.errors)
                setattr(self, name, reader)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for pipe in (self.stdout, self.stderr):
            if pipe:
                pipe.close()
        try:
            if self.stdin:
                self._close_stdin()
        finally:
            self.wait()

    def _close_stdin(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass  # the child ended without reading it all: nothing to report, as in CPython

    def communicate(self, input=None, timeout=None):
        """Sends input (if any) to stdin and closes it, reads stdout and stderr to their ends and waits
        for the child; returns (stdout, stderr), None for a stream that is not a pipe. If timeout
        seconds pass first, raises TimeoutExpired: calling communicate again goes on."""
        if self._talked and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [pipe for pipe in (self.stdin, self.stdout, self.stderr) if pipe is not None]
        if timeout is None and not self._talked and len(pipes) <= 1:
            # one pipe at most and all the time in the world: through the file objects, as CPython does
            return self._communicate_simply(input, pipes)
        endtime = None if timeout is None else _clock() + timeout
        try:
            stdout, stderr = self._communicate(input, endtime, timeout)
        finally:
            self._talked = True
        self.wait(self._remaining_time(endtime))
        return stdout, stderr

    def _communicate_simply(self, input, pipes):
        stdout = stderr = None
        if self.stdin:
            if input:
                try:
                    self.stdin.write(input)
                except BrokenPipeError:
                    pass
            self._close_stdin()
        elif pipes:
            reader = pipes[0]
            with reader:
                output = reader.read()
            if reader is self.stdout:
                stdout = output
            else:
                stderr = output
        self.wait()
        return stdout, stderr

    def _communicate(self, input, endtime, orig_timeout):
        """Java's Child.communicate feeds stdin and drains stdout and stderr at once, without the GIL."""
        if self.stdin and not self._talked:
            try:
                self.stdin.flush()  # what the program wrote itself goes first
            except BrokenPipeError:
                pass
            if not input:
                self._close_stdin()
        if self.text_mode and input is not None:
            input = input.encode(self.encoding or "utf-8", self.errors or "strict")
        limit = None if endtime is None else max(0.0, endtime - _clock())
        stdout, stderr, finished = self._child.communicate(input if self.stdin else None, limit)
        if not finished:
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
        for pipe in (self.stdout, self.stderr):
            if pipe:
                pipe.close()
        if self.text_mode:
            stdout = _text(stdout, self.encoding, self.errors)
            stderr = _text(stderr, self.encoding, self.errors)
        return stdout, stderr

    def _check_timeout(self, endtime, orig_timeout, stdout, stderr):
        """Raises TimeoutExpired for a communicate() whose time ran out, with the bytes read so far."""
        raise TimeoutExpired(
            self.args, orig_timeout, output=stdout, stderr=stderr)

    def _remaining_time(self, endtime):
        return None if endtime is None else endtime - _clock()

    def poll(self):
        """The return code if the child has ended, else None."""
        status = self.returncode
        if status is None:
            status = self.returncode = self._child.poll()
        return status

    def wait(self, timeout=None):
        """Waits for the child to end and returns its return code; TimeoutExpired after timeout seconds."""
        status = self.returncode
        if status is not None:
            return status
        return self._wait(timeout=timeout)

    def _wait(self, timeout):
        status = self._child.wait(timeout)
        if status is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = status
        return status

    def send_signal(self, sig):
        """Sends signal sig to the child, unless it has ended already."""
        if self.poll() is None:
            self._child.send_signal(sig)

    def terminate(self):
        """Asks the child to end (SIGTERM)."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kills the child (SIGKILL)."""
        self.send_signal(signal.SIGKILL)
