package org.gillab.model;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.CompileError;
import org.gillab.model.compile.Compiler;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilSettings;
import org.gillab.model.gil.GilStats;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.RefcountChecker;
import org.gillab.model.vm.Threads;

/**
 * A Python interpreter on the model: its own GIL, heap, modules and sys state (several in one JVM are
 * independent, as PEP 684's per-interpreter GIL makes them). Java values go in and out converted:
 * int ↔ Long (BigInteger when big), float ↔ Double, str ↔ String, bool ↔ Boolean, None ↔ null,
 * list ↔ ArrayList, tuple ↔ {@link Tuple}, dict ↔ LinkedHashMap.
 *
 * <pre>{@code
 * try (Interpreter py = Interpreter.builder().gil(GilKind.NEW).switchInterval(Duration.ofMillis(5)).build()) {
 *     py.exec("def countdown(n):\n    while n > 0:\n        n -= 1\n");
 *     py.call("countdown", 25_000_000L);
 *     System.out.println(py.gilStats());
 * }
 * }</pre>
 *
 * Python exceptions surface as {@link PythonException}; programs the compiler rejects as
 * {@link CompileError} (a CPython-style SyntaxError / NotImplementedError report).
 */
public final class Interpreter implements AutoCloseable {
    /**
     * The JVM options the model runs best under; the kernelspec, the pool's workers and {@code run}
     * start their JVMs with them. The serial collector: the eval loop stores fresh objects into
     * long-lived frames, and G1's write barrier on such stores made countdown twice as slow.
     * Conditional card marks: with unconditional ones, threads whose frames lie near each other in the
     * heap write the same card-table cache line at every store, and free-threaded 2 threads took 1.22
     * of one thread's time instead of 0.55.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:+UseCondCardMark");

    private static final String MAIN_THREAD = "MainThread";

    private final InterpreterState state;
    private volatile PyModule main;
    private final List<Source> mainSources = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Runnable> closeActions = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A program text and the filename its tracebacks show. */
    public record Source(String filename, String text) {
    }

    private Interpreter(Builder b) {
        GilSettings settings = new GilSettings(b.switchInterval.toNanos(), b.checkInterval, b.timeline);
        this.state = new InterpreterState(b.gil, settings, b.profile, b.stdout, b.stderr, this::providedModule, b.trackObjects);
        this.main = state.newModule("__main__");
    }

    /** The module a {@link ModuleProvider} found by ServiceLoader makes for this interpreter, or null. */
    private PyModule providedModule(String name) {
        for (ModuleProvider provider : java.util.ServiceLoader.load(ModuleProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.create(this);
            }
        }
        return null;
    }

    /** An interpreter with the defaults: new GIL, 5 ms switch interval, 3.11 profile, System.out. */
    public Interpreter() {
        this(builder());
    }

    /** An interpreter with the lock {@code kind}: "new", "old", "free" or "unsafe". */
    public static Interpreter withGil(String kind) {
        return builder().gil(kind).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs a program in __main__ (its functions and globals stay there for {@link #call}). */
    public void exec(String source) {
        exec(source, "<string>");
    }

    /** Runs a program in __main__; {@code filename} appears in tracebacks. */
    public void exec(String source, String filename) {
        runModule(source, filename, main, false);
    }

    /**
     * Runs a program as the module {@code moduleName} (e.g. "__mp_main__", as multiprocessing's
     * workers import the parent's main script) and makes it the namespace {@link #call} uses, as
     * sys.modules['__main__'] is aliased in a spawned worker.
     */
    public void execModule(String source, String filename, String moduleName) {
        PyModule module = moduleName.equals("__main__") ? main : state.newModule(moduleName);
        main = module;
        runModule(source, filename, module, false);
    }

    /**
     * {@code python FILE ARGS...}: runs the file as __main__ with sys.argv = [FILE, ARGS...] and
     * `import name` finding name.py beside it, then waits for non-daemon threads as CPython does at exit.
     */
    public void run(Path file, String... argv) {
        String source = SourceFiles.read(file);
        List<String> args = new ArrayList<>();
        args.add(file.toString());
        args.addAll(List.of(argv));
        state.setArgv(args);
        state.setPath(file.toAbsolutePath().getParent());
        // CPython 3.9+ reports the main script by its absolute path in tracebacks
        runModule(source, file.toAbsolutePath().normalize().toString(), main, true);
    }

    /**
     * {@code python FILE ARGS...} as a process would run it: the program's output, CPython's report of
     * whatever stops it on the interpreter's stderr, and the exit status python3 would give: 0, the
     * SystemExit code, 1 for an uncaught exception or a program that does not compile, 130 for
     * KeyboardInterrupt, 2 for a file that cannot be opened. {@code program} names the command in messages.
     */
    public int runMain(String program, Path file, String... argv) {
        PrintStream err = state.stderr();
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            err.println(program + ": can't find '__main__' module in '" + absolute + "'");
            return 1;
        }
        if (!Files.isReadable(file)) {
            err.println(program + ": can't open file '" + absolute + "': [Errno 2] No such file or directory");
            return 2;
        }
        try {
            run(file, argv);
            return 0;
        } catch (CompileError e) {
            err.println(e.getMessage());
            return 1;
        } catch (PythonException e) {
            // handled as sys.excepthook and Py_Exit would: holding the GIL (str() may run Python code), then cleared
            return withGil(ts -> {
                try {
                    return exitStatus(e, err);
                } finally {
                    ts.decref(e.exception());
                }
            });
        } finally {
            state.stdout().flush();
            err.flush();
        }
    }

    /** The exit status of a program that {@code e} stopped, after printing what python3 prints for it. */
    private static int exitStatus(PythonException e, PrintStream err) {
        if (e.is("SystemExit")) {
            Object code = e.exitCode();
            if (code == null) {
                return 0;
            }
            if (code instanceof Long n) {
                return (int) (long) n;
            }
            if (code instanceof java.math.BigInteger) {
                return -1;
            }
            err.println(code);
            return 1;
        }
        err.print(e.traceback());
        return e.is("KeyboardInterrupt") ? 130 : 1;
    }

    /** Compiles and runs a program in {@code module}; {@code atExit}: then wait for non-daemon threads. */
    private void runModule(String source, String filename, PyModule module, boolean atExit) {
        CodeObject code = Compiler.compile(source, filename, state::warn);
        if (module == main) {
            mainSources.add(new Source(filename, source));
        }
        withGil(ts -> {
            try {
                state.execModule(ts, code, source, module.dict());
            } catch (PythonException e) {
                if (atExit && !e.is("KeyboardInterrupt")) {
                    state.threads().joinNonDaemon(ts); // threading._shutdown() runs after an uncaught exception too
                }
                throw e;
            }
            if (atExit) {
                state.threads().joinNonDaemon(ts);
            }
            return null;
        });
    }

    /** Calls the function {@code name} of the main module with Java arguments; returns its result as a Java value. */
    public Object call(String name, Object... args) {
        return withGil(ts -> {
            PyObject function = lookup(name);
            PyObject[] values = new PyObject[args.length];
            try {
                for (int i = 0; i < args.length; i++) {
                    values[i] = Convert.toPython(ts, args[i]);
                }
                PyObject result = state.call(ts, function, Args.of(ts, values));
                try {
                    return Convert.toJava(result);
                } finally {
                    ts.decref(result);
                }
            } finally {
                for (PyObject v : values) {
                    ts.xdecref(v);
                }
            }
        });
    }

    /**
     * The programs run in the main module so far, in order: what multiprocessing's spawned workers
     * re-run as __mp_main__ so that the main module's functions exist there too.
     */
    public List<Source> mainSources() {
        return List.copyOf(mainSources);
    }

    /** The global variable {@code name} of the main module, as a Java value. */
    public Object get(String name) {
        return withGil(ts -> Convert.toJava(lookup(name)));
    }

    private PyObject lookup(String name) {
        PyObject value = main.dict().get(name);
        if (value == null) {
            throw PyErrors.nameError(name);
        }
        return value;
    }

    /** Starts a Python thread running the main module's function {@code name}(args...); join the handle. */
    public PythonThread startThread(String name, Object... args) {
        return withGil(ts -> {
            PyObject[] values = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = Convert.toPython(ts, args[i]);
            }
            PyTuple tuple = values.length == 0 ? PyTuple.EMPTY : new PyTuple(ts, values);
            try {
                Threads.PyThread thread = state.threads().start(ts, lookup(name), tuple, null);
                return new PythonThread(thread);
            } finally {
                ts.decref(tuple);
            }
        });
    }

    /** Runs {@code body} on this Java thread holding the GIL; a KeyboardInterrupt also stops the program's threads. */
    private <T> T withGil(java.util.function.Function<ThreadState, T> body) {
        try {
            return state.enter(MAIN_THREAD, body);
        } catch (PythonException e) {
            if (e.is("KeyboardInterrupt")) {
                stopThreads();
            }
            throw e;
        }
    }

    private void stopThreads() {
        try {
            state.threads().stopAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** GIL counters: hand-offs, drop requests, per-thread hold and wait times, the timeline. */
    public GilStats gilStats() {
        return state.gil().stats();
    }

    /** Starts the GIL counters afresh, e.g. to measure one phase. */
    public void resetGilStats() {
        state.gil().resetStats();
    }

    /** Allocation, free and use-after-free counters of this interpreter's heap. */
    public HeapStats heapStats() {
        return state.heap().stats();
    }

    /** Compares every reachable object's reference count with the references that exist (run it between programs). */
    public RefcountReport checkRefcounts() {
        return withGil(ts -> RefcountChecker.check(state, ts));
    }

    public GilKind gilKind() {
        return state.kind();
    }

    public Profile profile() {
        return state.profile();
    }

    /** Where print() writes from now on. */
    public void setStdout(PrintStream out) {
        state.setStdout(out);
    }

    /** Where tracebacks of threads and sys.stderr write from now on. */
    public void setStderr(PrintStream err) {
        state.setStderr(err);
    }

    /** Python threads of this interpreter still running. */
    public long runningThreads() {
        return state.threads().running();
    }

    /** The model's internal state, for the model's own packages (modules implemented in Java). */
    public InterpreterState state() {
        return state;
    }

    /**
     * Runs {@code action} when the interpreter is closed: modules implemented above the model release
     * what outlives a program (multiprocessing terminates the pools a program left open).
     */
    public void onClose(Runnable action) {
        closeActions.add(action);
    }

    /** Interrupts the Python threads still running and waits for them, then runs the close actions: nothing is left behind. */
    @Override
    public void close() {
        stopThreads();
        closeActions.forEach(Runnable::run);
        closeActions.clear();
    }

    @Override
    public String toString() {
        return "Interpreter[gil=" + state.kind().name().toLowerCase() + ", profile=" + state.profile().shortName() + "]";
    }

    /** Settings of a new interpreter. */
    public static final class Builder {
        private GilKind gil = GilKind.NEW;
        private Duration switchInterval = Duration.ofMillis(5);
        private int checkInterval = 100;
        private int timeline;
        private Profile profile = Profile.PY311;
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;
        private boolean trackObjects;

        private Builder() {
        }

        /**
         * Remember every live object, so that {@link Interpreter#checkRefcounts()} names the objects that leaked (for
         * tests: it costs each allocation and free an update of a set).
         */
        public Builder trackObjects(boolean track) {
            this.trackObjects = track;
            return this;
        }

        public Builder gil(GilKind kind) {
            this.gil = kind;
            return this;
        }

        /** "new", "old", "free" or "unsafe". */
        public Builder gil(String kind) {
            return gil(GilKind.parse(kind));
        }

        /** sys.setswitchinterval for the new GIL (CPython's default 5 ms). */
        public Builder switchInterval(Duration interval) {
            this.switchInterval = interval;
            return this;
        }

        /** sys.setcheckinterval for the old GIL (CPython 2's default 100 instructions). */
        public Builder checkInterval(int instructions) {
            this.checkInterval = instructions;
            return this;
        }

        /** Where the eval loop checks for a drop request: 3.9 (every instruction) or 3.11. */
        public Builder profile(Profile profile) {
            this.profile = profile;
            return this;
        }

        /** "3.9" or "3.11". */
        public Builder profile(String profile) {
            return profile(Profile.parse(profile));
        }

        /** Remember the last {@code holds} GIL holds for a timeline chart (0: none). */
        public Builder timeline(int holds) {
            this.timeline = holds;
            return this;
        }

        public Builder stdout(PrintStream out) {
            this.stdout = out;
            return this;
        }

        public Builder stderr(PrintStream err) {
            this.stderr = err;
            return this;
        }

        public Interpreter build() {
            return new Interpreter(this);
        }
    }
}
