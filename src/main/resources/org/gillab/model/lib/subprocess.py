"""Subprocesses with accessible I/O streams: the GIL Lab model's subprocess module.

Written for the model (not copied) to behave as CPython 3.11's Lib/subprocess.py documents and does
on POSIX: run, call, check_call, check_output, getoutput, getstatusoutput, Popen, CompletedProcess
and the exceptions, with CPython's messages. As in CPython this module is Python over a C helper;
the model's helper is the Java _posixsubprocess, which starts real OS processes
(java.lang.ProcessBuilder) and does every wait (wait, communicate, reading a pipe) without the GIL,
so threads that wait for children overlap as CPython's do.

A child's inherited stdout and stderr are the model's own: what it writes there is copied into the
interpreter's output (in a notebook, the cell's). Deliberate differences: `executable` is the program
run and also its argv[0]; preexec_fn, user, group, extra_groups, umask and process_group are not
supported (ValueError); close_fds, pass_fds, restore_signals and start_new_session are accepted and
have no effect; a child killed by a signal the model did not send has the return code 128+N (Java
reports no signal); kill() also kills the child's own children; children still running when the
interpreter closes are killed.
"""

import io
import os
import signal
import sys
import time
import types
import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired",
           "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_time = time.monotonic


class SubprocessError(Exception):
    pass


def _signal_repr(signum):
    """repr(signal.Signals(signum)), or ValueError for a number that names no signal."""
    signals = getattr(signal, 'Signals', None)
    if signals is not None:
        return repr(signals(signum))
    for name in dir(signal):
        if name.startswith('SIG') and not name.startswith('SIG_') and getattr(signal, name) == signum:
            return f"<Signals.{name}: {signum}>"
    raise ValueError(f"{signum} is not a valid Signals")


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status.

    Attributes: cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %s." % (self.cmd, _signal_repr(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process.

    Attributes: cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


def call(*popenargs, timeout=None, **kwargs):
    """Runs the command, waits for it (or the timeout) and returns its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:  # KeyboardInterrupt too: the child must not outlive the wait
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero exit status; else 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its output; CalledProcessError for a non-zero exit status."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
            or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running, as run() returns it.

    Attributes: args, returncode (negative for signals), stdout and stderr (None if not captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = [f'args={self.args!r}', f'returncode={self.returncode!r}']
        if self.stdout is not None:
            fields.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            fields.append(f'stderr={self.stderr!r}')
        return f"{type(self).__name__}({', '.join(fields)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def run(*popenargs,
        input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command, waits for it and returns a CompletedProcess.

    input goes to its stdin; capture_output=True captures stdout and stderr; timeout kills the child
    and raises TimeoutExpired; check=True raises CalledProcessError for a non-zero exit status.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:  # KeyboardInterrupt too
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of cmd run by the shell, stderr with stdout, a final newline stripped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output (stdout and stderr) of cmd run by the shell, as getstatusoutput's."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _fsdecode(arg):
    if isinstance(arg, bytes):
        return arg.decode()
    if isinstance(arg, str):
        return arg
    fspath = getattr(type(arg), '__fspath__', None)
    if fspath is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(arg).__name__}")
    return _fsdecode(fspath(arg))


def _stream_spec(stream):
    """What _posixsubprocess.spawn takes for a stream: None, PIPE, STDOUT, DEVNULL, 0-2, or a raw file."""
    if stream is None or isinstance(stream, int):
        return stream
    fd = stream.fileno()  # the error CPython gives for an object without a descriptor
    if fd in (0, 1, 2):
        return fd
    raw = getattr(stream, 'buffer', stream)
    raw = getattr(raw, 'raw', raw)
    if isinstance(raw, (io.FileIO, _posixsubprocess.FileIO)):
        return raw
    raise OSError(9, 'Bad file descriptor')


_UNSUPPORTED = ('preexec_fn', 'user', 'group', 'extra_groups', 'process_group')


class Popen:
    """Executes a child program in a new process, with pipes to it where asked (PIPE)."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self._child_created = False
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        given = dict(preexec_fn=preexec_fn, user=user, group=group, extra_groups=extra_groups,
                     process_group=process_group)
        for name in _UNSUPPORTED:
            if given[name] is not None:
                raise ValueError(f"The '{name}' parameter is not supported by the GIL Lab model")
        if umask != -1:
            raise ValueError("The 'umask' parameter is not supported by the GIL Lab model")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = 'utf-8'
        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
            bufsize = -1

        try:
            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env,
                                startupinfo, creationflags, shell,
                                stdin, stdout, stderr)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            raise
        self._wrap_pipes(bufsize, line_buffering)

    def _wrap_pipes(self, bufsize, line_buffering):
        """The child's pipes as file objects: buffered unless bufsize is 0, text in text mode."""
        child = self._child
        size = io.DEFAULT_BUFFER_SIZE if bufsize < 0 or bufsize == 1 else bufsize
        if child.stdin is not None:
            self.stdin = io.BufferedWriter(child.stdin, size) if bufsize else child.stdin
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering,
                                              encoding=self.encoding, errors=self.errors)
        for name in ('stdout', 'stderr'):
            raw = getattr(child, name)
            if raw is not None:
                f = io.BufferedReader(raw, size) if bufsize else raw
                if self.text_mode:
                    f = io.TextIOWrapper(f, encoding=self.encoding, errors=self.errors)
                setattr(self, name, f)

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                return  # resume the KeyboardInterrupt
            self.wait()

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env,
                       startupinfo, creationflags, shell,
                       stdin, stdout, stderr):
        """Starts the program (POSIX's way: a shell runs a command string when shell is true)."""
        if isinstance(args, (str, bytes)):
            args = [args]
        elif hasattr(type(args), "__fspath__"):
            if shell:
                raise TypeError('path-like args is not allowed when '
                                'shell is true')
            args = [args]
        else:
            args = list(args)
        args = [_fsdecode(arg) for arg in args]
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = _fsdecode(executable)
        elif executable:
            args[0] = _fsdecode(executable)
        if cwd is not None:
            cwd = _fsdecode(cwd)
        if env is None:
            env = os.environ
        env_list = []
        for k, v in env.items():
            k = _fsdecode(k)
            if '=' in k:
                raise ValueError("illegal environment variable name")
            env_list.append(k + '=' + _fsdecode(v))
        if stderr == STDOUT and stdout == STDOUT:
            raise OSError(9, 'Bad file descriptor')
        streams = [_stream_spec(stream) for stream in (stdin, stdout, stderr)]
        try:
            self._child = _posixsubprocess.spawn(args, cwd, env_list, *streams)
        except OSError as error:
            failure = (type(error), error.errno, error.strerror, error.filename)
        else:
            failure = None
        if failure is not None:
            # raised here, not in the except clause, so that it has no context: CPython raises it afresh
            child_exception_type, errno_num, err_msg, err_filename = failure
            raise child_exception_type(errno_num, err_msg, err_filename)
        self._child_created = True
        self.pid = self._child.pid

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # communicate() ignores a child that stopped reading
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Sends input to stdin and closes it, reads stdout and stderr to their ends, waits for the
        process; returns (stdout, stderr). Bytes, or str in text mode."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            finally:
                self._communication_started = True
            sts = self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        if input is not None and self.text_mode and self.stdin:
            input = input.encode(self.stdin.encoding, self.stdin.errors)
        stdout, stderr, done = self._child.communicate(input if self.stdin else None,
                                                       self._remaining_time(endtime))
        if not done:
            stdout = [] if stdout is None else [stdout]
            stderr = [] if stderr is None else [stderr]
            self._check_timeout(endtime, orig_timeout, stdout, stderr)
            self._check_timeout(endtime, orig_timeout, stdout, stderr, skip_check_and_raise=True)
        for f in (self.stdin, self.stdout, self.stderr):
            if f and not f.closed:
                f.close()
        self.wait(timeout=self._remaining_time(endtime))
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout,
                                                  self.stdout.encoding,
                                                  self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr,
                                                  self.stderr.encoding,
                                                  self.stderr.errors)
        return (stdout, stderr)

    def poll(self):
        """The returncode once the child has ended, else None."""
        if self.returncode is None:
            self.returncode = self._child.poll()
        return self.returncode

    def _remaining_time(self, endtime):
        if endtime is None:
            return None
        return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(
                    self.args, orig_timeout,
                    output=b''.join(stdout_seq) if stdout_seq else None,
                    stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Waits for the child to end (TimeoutExpired after timeout seconds); returns returncode."""
        return self._wait(timeout=timeout)

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        returncode = self._child.wait(timeout)
        if returncode is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = returncode
        return self.returncode

    def send_signal(self, sig):
        """Sends signal sig to the child, unless it has ended."""
        self.poll()
        if self.returncode is not None:
            return
        self._child.send_signal(sig)

    def terminate(self):
        """Terminates the child with SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kills the child with SIGKILL."""
        self.send_signal(signal.SIGKILL)
