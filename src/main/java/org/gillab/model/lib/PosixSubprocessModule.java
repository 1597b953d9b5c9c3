package org.gillab.model.lib;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _posixsubprocess module (Modules/_posixsubprocess.c), with the parts of posixmodule.c that
 * CPython's subprocess.py uses on a child (waitpid, kill) and the selector loop of its communicate(),
 * written for the model over java.lang.ProcessBuilder: the model has no fork and no descriptors of the
 * process's own, so where CPython's fork_exec returns a pid, {@code spawn} returns a Child, a real OS
 * process the model's subprocess.py (Python, as CPython's is) drives. Every wait (wait, communicate,
 * reading a pipe) releases the GIL, as CPython's waitpid, select and read do.
 *
 * <p>A stream the child inherits goes where the model's own goes: its stdout and stderr are copied
 * into the interpreter's (in a notebook the cell's output, not the JVM's descriptor 1), and wait()
 * returns once that copy is complete, so a child's output comes before what the program prints next.
 * Deliberately different: a child killed by a signal the model did not send shows 128+N (Java reports
 * no signal); kill() also kills the child's own children; children still running when the interpreter
 * closes are killed, so that no process outlives a notebook's interpreter.
 */
final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    /** subprocess.PIPE, STDOUT and DEVNULL. */
    private static final int PIPE = -1;
    private static final int STDOUT = -2;
    private static final int DEVNULL = -3;
    /** A file object (an _io.FileIO), copied from or into. */
    private static final int FILE = -4;

    private static final File DEV_NULL = new File("/dev/null");
    /** How Java words a failed start: "Cannot run program "x": error=2, No such file or directory". */
    private static final Pattern START_ERROR = Pattern.compile("error=(\\d+), (.*)$");

    private static final PyType CHILD = PyType.builder("Child")
            .attribute("__module__", PyStr.constant("_posixsubprocess"))
            .getter("pid", (ts, self) -> PyInt.of(ts, ((Child) self).process.pid()))
            .getter("stdin", (ts, self) -> ts.newRef(((Child) self).pipe(0)))
            .getter("stdout", (ts, self) -> ts.newRef(((Child) self).pipe(1)))
            .getter("stderr", (ts, self) -> ts.newRef(((Child) self).pipe(2)))
            .method("poll", (self, args) -> ((Child) self).poll(args.thread()))
            .method("wait", (self, args) -> {
                PyObject[] a = args.bind("wait", 0, "timeout");
                return ((Child) self).await(args.thread(), timeoutNanos(a[0]));
            })
            .method("communicate", (self, args) -> {
                PyObject[] a = args.bind("communicate", 0, "input", "timeout");
                byte[] input = a[0] == null || a[0] == PyNone.NONE ? null : IoModule.bytesArg(a[0]);
                return ((Child) self).communicate(args.thread(), input, timeoutNanos(a[1]));
            })
            .method("send_signal", (self, args) -> {
                args.expectPositional("send_signal", 1, 1);
                ((Child) self).signal((int) Convert.toLong(args.get(0), "send_signal"));
                return PyNone.NONE;
            })
            .build();

    static PyModule create(InterpreterState interp) {
        Set<Process> running = ConcurrentHashMap.newKeySet();
        interp.onClose(() -> running.forEach(PosixSubprocessModule::killTree));
        return new PyModule("_posixsubprocess", true)
                .add("Child", CHILD)
                .add("FileIO", PipeIO.TYPE)
                .function("spawn", args -> spawn(interp, running, args));
    }

    /** A timeout argument in nanoseconds (none left: 0), or -1 for None: wait as long as it takes. */
    private static long timeoutNanos(PyObject timeout) {
        return timeout == null || timeout == PyNone.NONE ? -1 : Math.max(0, Timeouts.nanos(timeout));
    }

    /** The process and every process it started, killed (SIGKILL). */
    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * spawn(args, cwd, env, stdin, stdout, stderr): starts args (a list of str; args[0] found on PATH)
     * in cwd (None: the model's working directory; a relative one from it) with env (a list of
     * "NAME=value", or None: os.environ). Each stream is None (inherited), PIPE, DEVNULL, STDOUT (stderr
     * only), 0, 1 or 2, or an _io.FileIO.
     */
    private static PyObject spawn(InterpreterState interp, Set<Process> running, Args args) {
        PyObject[] a = args.bind("spawn", 6, "args", "cwd", "env", "stdin", "stdout", "stderr");
        ThreadState ts = args.thread();
        List<String> command = strings(ts, a[0]);
        ProcessBuilder builder = new ProcessBuilder(command);
        // the child starts where the model is, as a forked child inherits its parent's working directory
        File dir = WorkingDirectory.current().toFile();
        if (a[1] != PyNone.NONE) {
            String cwd = a[1].str();
            dir = WorkingDirectory.resolve(cwd).toFile();
            if (!dir.isDirectory()) {
                throw dir.exists() ? PyErrors.osError(Errno.ENOTDIR, cwd)
                        : PyErrors.osError(Errno.ENOENT, cwd);
            }
        }
        builder.directory(dir);
        if (a[2] != PyNone.NONE) {
            builder.environment().clear();
            for (String variable : strings(ts, a[2])) {
                int eq = variable.indexOf('=');
                builder.environment().put(variable.substring(0, eq), variable.substring(eq + 1));
            }
        }
        Streams streams = new Streams(interp, a[3], a[4], a[5]);
        streams.configure(builder);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            Matcher m = START_ERROR.matcher(String.valueOf(e.getMessage()));
            throw m.find() ? PyErrors.osError(Integer.parseInt(m.group(1)), m.group(2), command.get(0))
                    : PyErrors.osError(Errno.ENOENT, command.get(0));
        }
        running.add(process);
        process.onExit().thenRun(() -> running.remove(process));
        return new Child(ts, process, streams);
    }

    private static List<String> strings(ThreadState ts, PyObject list) {
        List<String> result = new ArrayList<>();
        for (PyObject item : Ops.toList(ts, list)) {
            result.add(item instanceof PyBytes b ? new String(b.value(), StandardCharsets.UTF_8) : item.str());
            ts.decref(item);
        }
        return result;
    }

    /** Where the child's three streams come from and go, as spawn's arguments ask. */
    private static final class Streams {
        private final InterpreterState interp;
        private final PyObject stdin;
        private final PyObject stdout;
        private final PyObject stderr;

        Streams(InterpreterState interp, PyObject stdin, PyObject stdout, PyObject stderr) {
            this.interp = interp;
            this.stdin = stdin;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        void configure(ProcessBuilder builder) {
            builder.redirectInput(input(stdin));
            builder.redirectOutput(output(stdout));
            if (code(stderr) == STDOUT) {
                builder.redirectErrorStream(true);
            } else {
                builder.redirectError(output(stderr));
            }
        }

        private static Redirect input(PyObject spec) {
            int code = code(spec);
            return switch (code) {
                case 0, 1, 2 -> Redirect.INHERIT;
                case DEVNULL -> Redirect.from(DEV_NULL);
                default -> Redirect.PIPE; // a pipe of the parent's, or a file copied in
            };
        }

        private static Redirect output(PyObject spec) {
            return code(spec) == DEVNULL ? Redirect.DISCARD : Redirect.PIPE;
        }

        /** The stream's spec as a number: PIPE, STDOUT, DEVNULL, or a descriptor (None: the inherited one, 0 here). */
        private static int code(PyObject spec) {
            if (spec == PyNone.NONE) {
                return 0;
            }
            if (spec instanceof IoModule.FileIO || spec instanceof PipeIO) {
                return FILE;
            }
            long code = Convert.toLong(spec, "spawn");
            if (code < DEVNULL || code > 2) {
                throw PyErrors.osError(Errno.EBADF, null);
            }
            return (int) code;
        }

        /** The parent's end of a pipe (a new reference), or None; starts the copies of what is not a pipe. */
        PyObject connect(ThreadState ts, Process process, int which, List<Pump> copies) {
            PyObject spec = which == 0 ? stdin : which == 1 ? stdout : stderr;
            if (which == 0) {
                if (spec instanceof IoModule.FileIO file) {
                    Pump.feeding("subprocess stdin", file.source(), process.getOutputStream());
                    return PyNone.NONE;
                }
                if (spec instanceof PipeIO pipe && pipe.in != null) { // another child's stdout
                    Pump.feeding("subprocess stdin", pipe.lend(), process.getOutputStream());
                    return PyNone.NONE;
                }
                return code(spec) == PIPE ? PipeIO.writing(ts, process.getOutputStream()) : PyNone.NONE;
            }
            if (which == 2 && code(spec) == STDOUT) {
                return PyNone.NONE;
            }
            InputStream from = which == 1 ? process.getInputStream() : process.getErrorStream();
            if (spec instanceof IoModule.FileIO file) {
                copies.add(Pump.copying("subprocess output", from, file.sink()));
                return PyNone.NONE;
            }
            if (spec instanceof PipeIO pipe && pipe.out != null) { // another child's stdin
                Pump.feeding("subprocess output", from, pipe.lendOut());
                return PyNone.NONE;
            }
            int code = code(spec);
            if (code == PIPE) {
                return PipeIO.reading(ts, from);
            }
            if (code == DEVNULL) {
                return PyNone.NONE;
            }
            // inherited: the model's own stdout (1) or stderr (2), wherever they go now
            boolean toStdout = code == 1 || (code == 0 && which == 1);
            OutputStream target = toStdout ? interp.stdout() : interp.stderr();
            copies.add(Pump.copying("subprocess output", from, target));
            return PyNone.NONE;
        }
    }

    /** A child process: its pipes, the copies of its inherited output, and communicate()'s collectors. */
    private static final class Child extends PyInstance {
        final Process process;
        private final PyObject[] pipes = new PyObject[3];
        /** The copies of output not piped to the parent: wait() returns once they are complete. */
        private final List<Pump> copies = new ArrayList<>();
        /** communicate()'s readers of stdout and stderr, and writer of stdin; null until it starts. */
        private Pump outCollector;
        private Pump errCollector;
        private Pump feeder;
        private boolean communicating;
        /** The signal the model last sent, to tell a death by it from an exit status of 128+N. */
        private volatile int signalled;

        Child(ThreadState ts, Process process, Streams streams) {
            super(ts, CHILD);
            this.process = process;
            for (int i = 0; i < 3; i++) {
                pipes[i] = streams.connect(ts, process, i, copies);
            }
        }

        PyObject pipe(int which) {
            return pipes[which];
        }

        private PipeIO openPipe(int which) {
            return pipes[which] instanceof PipeIO p && !p.closed() ? p : null;
        }

        /** The return code: the exit status, or -N for a death by signal N the model sent. */
        private PyObject returncode(ThreadState ts) {
            int status = process.exitValue();
            int sig = signalled;
            return PyInt.of(ts, sig > 0 && status == 128 + sig ? -sig : status);
        }

        /** poll(): the return code once the child has ended (and its output has been copied), else None. */
        PyObject poll(ThreadState ts) {
            if (process.isAlive()) {
                return PyNone.NONE;
            }
            return await(ts, -1);
        }

        /** wait(timeout): the return code, or None if {@code nanos} (forever if negative) pass first. */
        PyObject await(ThreadState ts, long nanos) {
            long deadline = System.nanoTime() + nanos;
            InterpreterState interp = (InterpreterState) ts.invoker();
            boolean ended = interp.allowThreads(ts, () -> {
                if (nanos < 0) {
                    process.waitFor();
                } else if (!process.waitFor(nanos, TimeUnit.NANOSECONDS)) {
                    return false;
                }
                return awaitAll(copies, nanos < 0 ? -1 : deadline);
            });
            return ended ? returncode(ts) : PyNone.NONE;
        }

        private static boolean awaitAll(List<Pump> pumps, long deadline) throws InterruptedException {
            for (Pump pump : pumps) {
                if (pump != null && !pump.await(deadline < 0 ? -1 : Math.max(0, deadline - System.nanoTime()))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * communicate(input, timeout), the part CPython's selector loop does: writes input to stdin
         * (then closes it) while reading stdout and stderr to their ends, for at most {@code nanos}.
         * Returns (stdout, stderr, done): what each pipe gave so far (None for a pipe the child does not
         * have; on a timeout also for one not read from yet), and whether all ended. A later call goes on
         * where this one stopped, as CPython's keeps its partial output.
         */
        PyObject communicate(ThreadState ts, byte[] input, long nanos) {
            if (!communicating) {
                communicating = true;
                PipeIO in = openPipe(0);
                if (in != null && input != null) {
                    feeder = Pump.feeding("subprocess input", new ByteArrayInputStream(input), in.out);
                }
                PipeIO out = openPipe(1);
                outCollector = out == null ? null : Pump.collecting("subprocess stdout", out.in);
                PipeIO err = openPipe(2);
                errCollector = err == null ? null : Pump.collecting("subprocess stderr", err.in);
            }
            long deadline = System.nanoTime() + nanos;
            InterpreterState interp = (InterpreterState) ts.invoker();
            boolean done = interp.allowThreads(ts, () -> awaitAll(Arrays.asList(feeder, outCollector, errCollector),
                    nanos < 0 ? -1 : deadline));
            return new PyTuple(ts, new PyObject[] {output(ts, 1, outCollector, done), output(ts, 2, errCollector, done),
                    PyBool.of(done)});
        }

        private PyObject output(ThreadState ts, int which, Pump collector, boolean done) {
            if (pipes[which] == PyNone.NONE || (!done && (collector == null || !collector.readAnything()))) {
                return PyNone.NONE;
            }
            return new PyBytes(ts, collector == null ? new byte[0] : collector.collected(), false);
        }

        /** send_signal(sig): SIGKILL kills the child and its children, SIGTERM asks it to end, others go by kill(1). */
        void signal(int sig) {
            if (!process.isAlive() || sig == 0) {
                return;
            }
            signalled = sig;
            if (sig == 9) {
                killTree(process);
            } else if (sig == 15) {
                process.destroy();
            } else {
                try {
                    new ProcessBuilder("kill", "-" + sig, Long.toString(process.pid())).start().waitFor();
                } catch (IOException | InterruptedException e) {
                    throw PyErrors.osError(Errno.ESRCH, null);
                }
            }
        }

        @Override
        protected void release(ThreadState ts) {
            for (PyObject pipe : pipes) {
                ts.xdecref(pipe);
            }
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            for (PyObject pipe : pipes) {
                if (pipe != null) {
                    visit.accept(pipe);
                }
            }
            super.traverse(visit);
        }
    }
}
