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
import org.gillab.model.lib.StandardLibrary;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.ProcessExit;
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
     * The JVM options the model runs best under, and is timed under: the kernelspec, the pool's workers,
     * the lab's timing processes and {@code run} start their JVMs with them. The serial collector: the eval
     * loop stores fresh objects into long-lived frames, and G1's write barrier on such stores made countdown
     * twice as slow. Conditional card marks: with unconditional ones, threads whose frames lie near each
     * other in the heap write the same card-table cache line at every store, and free-threaded 2 threads
     * took 1.22 of one thread's time instead of 0.55. Native access: the math module calls libm through
     * JNA, which Java 22+ would otherwise warn about on stderr. A 16 MB stack for every thread (the main
     * thread and the kernel's cell thread too): with the default 1 MB, recursion through
     * {@code __getattr__} ran out of Java stack after 474 Python frames, where CPython reaches the
     * recursion limit (999).
     *
     * <p>No speculation by C2 on which branches run. With it C2 leaves out of the compiled eval loop (one
     * large method) the paths its profile never saw, behind a trap that throws the compiled code away when
     * one is taken. A user's program always takes some path the warm-up did not, and the eval loop then
     * runs interpreted until C2 has compiled it again, up to 1.5 s of a compiler thread: in a Pool(2) on two
     * cores that came out of the workers' time (a 25M countdown task that first read a file took 1.3-3.7 s
     * instead of 0.6 s), and in the kernel a user's prime count under a {@code ThreadPoolExecutor}, run as
     * {@code %%python} in a fresh kernel, showed 4 threads 1.7-5.0 times faster than one in its first two
     * runs (1.0-1.1 without speculation; JShell's first and warm round trips did not change). Compiled with
     * every path, one thread's countdown is slower (10M: 0.24 s against 0.18 s; CPython 3.11 0.23 s here)
     * and no longer depends on what ran before it.
     *
     * <p>The eval loop compiled by C2 only after ten times the usual calls and loop iterations: C2 compiles
     * a method once and keeps it, with inlining and block layout chosen from the profile of that moment,
     * and at the usual thresholds that moment fell inside {@link WarmUp}'s small rounds or its first full
     * one, by the compiler queue's timing. The same countdown then ran at 0.52 s in one process and 0.75 s
     * in the next (20M; medians of 5 in 10 fresh processes each: 0.52-0.75 s; delayed: 0.49-0.56 s), so a
     * ratio of two processes' timings measured which one had been lucky. Quietly: {@code run}'s stdout is
     * the program's.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:+UseCondCardMark",
            "--enable-native-access=ALL-UNNAMED", "-Xss16m", "-XX:PerMethodTrapLimit=0", "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=CompileThresholdScaling,org.gillab.model.vm.Eval::run,10.0");

    private static final String MAIN_THREAD = "MainThread";

    private final InterpreterState state;
    private volatile PyModule main;
    private final List<Source> mainSources = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Numbers the threads started from Java, as threading numbers its Thread-N. */
    private final java.util.concurrent.atomic.AtomicInteger threadCounter = new java.util.concurrent.atomic.AtomicInteger();

    /** The repr of what the running cell's last expression showed, set by the cell's display hook; null for nothing. */
    private volatile String displayed;
    private final PyBuiltin cellDisplayHook = new PyBuiltin("displayhook", this::cellDisplayHook);

    /** A program text and the filename its tracebacks show. */
    public record Source(String filename, String text) {
    }

    /**
     * What a name stands for, as IPython's inspector shows it.
     *
     * @param type      the type's name, e.g. "function"
     * @param repr      repr() of the object
     * @param signature "countdown(n, step=1)" for a function defined in Python, else null
     */
    public record Description(String type, String repr, String signature) {
    }

    private final boolean warmProcesses;

    private Interpreter(Builder b) {
        this.warmProcesses = b.warmProcesses;
        GilSettings settings = new GilSettings(b.switchInterval.toNanos(), b.checkInterval, b.timeline);
        this.state = new InterpreterState(b.gil, settings, b.profile, b.stdout, b.stderr, this::providedModule, b.trackObjects);
        this.main = state.newModule("__main__");
    }

    /** The standard library's Java module, or the one a {@link ModuleProvider} makes for this interpreter, or null. */
    private PyModule providedModule(String name) {
        PyModule module = StandardLibrary.create(state, name);
        if (module != null) {
            return module;
        }
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
        runModule(source, filename, main);
    }

    /**
     * Runs a program as the module {@code moduleName} (e.g. "__mp_main__", as multiprocessing's
     * workers import the parent's main script) and makes it the namespace {@link #call} uses, as
     * sys.modules['__main__'] is aliased in a spawned worker.
     */
    public void execModule(String source, String filename, String moduleName) {
        PyModule module = moduleName.equals("__main__") ? main : state.newModule(moduleName);
        main = module;
        if (!filename.startsWith("<")) {
            withGil(ts -> {
                setMainFile(ts, filename); // runpy.run_path sets the spawned child's __mp_main__.__file__
                return null;
            });
        }
        runModule(source, filename, module);
    }

    /**
     * {@code python FILE ARGS...}: runs the file as __main__ with sys.argv = [FILE, ARGS...] and
     * `import name` finding name.py beside it, then does what CPython does at exit (whether the program
     * returned or raised): waits for the non-daemon threads, runs the atexit callbacks.
     */
    public void run(Path file, String... argv) {
        Source program = mainProgram(file, argv);
        CodeObject code = Compiler.compileScript(program.text(), program.filename(), state::warn);
        mainSources.add(program);
        state.enter(MAIN_THREAD, ts -> {
            try {
                setMainFile(ts, program.filename());
                state.execModule(ts, code, program.text(), main.dict());
            } finally {
                ProgramEnd.finish(state, ts);
            }
            return null;
        });
    }

    /**
     * {@code python FILE ARGS...} as a process would run it: the program's output, CPython's report of
     * whatever stops it on the interpreter's stderr (through sys.excepthook), then the end of the
     * program as in {@link #run}, and the exit status python3 would give: 0, the SystemExit code, 1 for
     * an uncaught exception or a program that does not compile, 130 for KeyboardInterrupt, 2 for a file
     * that cannot be opened, 128 + the signal's number for a signal that ended it (SIGALRM without a handler). {@code program} names the command in messages.
     */
    public int runMain(String program, Path file, String... argv) {
        PrintStream err = state.stderr();
        Path absolute = WorkingDirectory.resolve(file).normalize();
        if (Files.isDirectory(absolute)) {
            err.println(program + ": can't find '__main__' module in '" + absolute + "'");
            return 1;
        }
        if (!Files.isReadable(absolute)) {
            err.println(program + ": can't open file '" + absolute + "': [Errno 2] No such file or directory");
            return 2;
        }
        Source source = mainProgram(file, argv);
        CodeObject code;
        try {
            code = Compiler.compileScript(source.text(), source.filename(), state::warn);
        } catch (CompileError e) {
            err.println(e.getMessage());
            return 1;
        }
        mainSources.add(source);
        try {
            // not withGil: after Ctrl-C the program's threads go on, as CPython's do, and exit waits for them
            return state.enter(MAIN_THREAD, ts -> {
                int status = 0;
                try {
                    setMainFile(ts, source.filename());
                    state.execModule(ts, code, source.text(), main.dict());
                } catch (PythonException e) {
                    status = ProgramEnd.report(state, ts, e);
                } catch (ProcessExit killed) {
                    ProgramEnd.stopThreads(state, ts);
                    return killed.exitStatus();
                }
                ProgramEnd.finish(state, ts);
                ProgramEnd.finalizeMain(ts, main);
                return status;
            });
        } catch (PythonException interruptedBeforeStart) {
            err.print(interruptedBeforeStart.traceback());
            return 130;
        } finally {
            state.stdout().flush();
            err.flush();
        }
    }

    /** The main script and sys.argv, sys.path[0] set for it; CPython 3.9+ names it by its absolute path. */
    private Source mainProgram(Path file, String... argv) {
        state.setArgv(mainArgv(file, List.of(argv)));
        state.setPath(WorkingDirectory.resolve(file).getParent());
        return mainSource(file);
    }

    /** The sys.argv {@link #runMain} gives the program: {@code file} as given, then its arguments. */
    public static List<String> mainArgv(Path file, List<String> argv) {
        List<String> args = new ArrayList<>();
        args.add(file.toString());
        args.addAll(argv);
        return args;
    }

    /** The main program {@link #runMain} runs from {@code file}: its absolute path and its text. */
    public static Source mainSource(Path file) {
        Path absolute = WorkingDirectory.resolve(file);
        return new Source(absolute.normalize().toString(), SourceFiles.read(absolute));
    }

    /** __main__.__file__: the script's absolute path, as CPython 3.9+ sets it. */
    private void setMainFile(ThreadState ts, String filename) {
        PyStr file = new PyStr(ts, filename);
        main.dict().put(ts, "__file__", file);
        ts.decref(file);
    }

    /** Compiles and runs a program in {@code module}. */
    private void runModule(String source, String filename, PyModule module) {
        CodeObject code = Compiler.compile(source, filename, state::warn);
        if (module == main) {
            mainSources.add(new Source(filename, source));
        }
        withGil(ts -> {
            state.execModule(ts, code, source, module.dict());
            return null;
        });
    }

    /**
     * Runs a notebook cell in __main__ as IPython runs one, and returns the repr of the value of its
     * last statement when that is an expression whose value is not None (what a front end shows as
     * Out[n]), else null; builtins._ then holds that value. As IPython does, the cell runs with
     * sys.displayhook set to the notebook's hook. The cell is part of the main program that
     * multiprocessing's workers re-run while it runs, and stays part of it only if it ran without an error.
     */
    public String execCell(String source, String filename) {
        CodeObject code = Compiler.compileCell(source, filename, state::warn);
        Source cell = new Source(filename, source);
        mainSources.add(cell);
        displayed = null;
        try {
            withGil(ts -> {
                state.importModule(ts, "sys").dict().put(ts, "displayhook", cellDisplayHook);
                state.execModule(ts, code, source, main.dict());
                return null;
            });
        } catch (RuntimeException | ProcessExit e) {
            mainSources.remove(cell);
            throw e;
        }
        return displayed;
    }

    /** The cell's sys.displayhook: keeps the value's repr for Out[n] instead of printing it; builtins._ as sys.displayhook sets it. */
    private PyObject cellDisplayHook(Args args) {
        args.expectPositional("displayhook", 1, 1);
        PyObject value = args.get(0);
        if (value != PyNone.NONE) {
            ThreadState ts = args.thread();
            state.builtins().put(ts, "_", PyNone.NONE);
            displayed = Ops.repr(ts, value);
            state.builtins().put(ts, "_", value);
        }
        return PyNone.NONE;
    }

    /** Makes a Java value the global variable {@code name} of the main module (converted as {@link #call}'s arguments). */
    public void set(String name, Object value) {
        withGil(ts -> {
            PyObject converted = Convert.toPython(ts, value);
            try {
                main.dict().put(ts, name, converted);
            } finally {
                ts.decref(converted);
            }
            return null;
        });
    }

    /** The names code in the main module can use without a dot: its globals, then the builtins (completion). */
    public List<String> globalNames() {
        return withGil(ts -> introspection().globalNames());
    }

    /**
     * The attribute names of what {@code dottedName} names: a global or builtin ("threading"), or an
     * attribute of one ("threading.Thread"); empty when it names nothing. Only names are looked up,
     * nothing is called (completion must have no side effects).
     */
    public List<String> attributeNames(String dottedName) {
        return withGil(ts -> introspection().attributeNames(ts, dottedName));
    }

    /** What {@code dottedName} names (see {@link #attributeNames}), or null when it names nothing. */
    public Description describe(String dottedName) {
        return withGil(ts -> introspection().describe(ts, dottedName));
    }

    private CellIntrospection introspection() {
        return new CellIntrospection(state, main);
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
                String threadName = "Thread-" + threadCounter.incrementAndGet() + " (" + name + ")";
                return new PythonThread(state.threads().start(ts, threadName, lookup(name), tuple, null, true));
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

    /** sys.setswitchinterval: how long a waiting thread waits before it asks for the lock (the new GIL). */
    public void setSwitchInterval(Duration interval) {
        state.gil().setSwitchInterval(interval.toNanos());
    }

    /** sys.setcheckinterval: how many ticks the old GIL's holder runs before it releases the lock. */
    public void setCheckInterval(int ticks) {
        state.gil().setCheckInterval(ticks);
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

    /** Whether the worker processes of this interpreter's program warm up before their first task ({@link Builder#warmProcesses}). */
    public boolean warmsProcesses() {
        return warmProcesses;
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
        return state.threads().runningCount();
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
        state.onClose(action);
    }

    /**
     * Stops the Python threads still running (as daemon threads at exit, without a word) and waits for
     * them, then runs the close actions: nothing is left behind.
     */
    @Override
    public void close() {
        state.finalizing();
        stopThreads();
        state.runCloseActions();
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
        private boolean warmProcesses = true;

        private Builder() {
        }

        /**
         * Whether the processes the program starts (its Pools' and Processes' worker JVMs) warm the model up to
         * steady state before their first task, and wait for the JIT to go quiet after loading the program (the
         * default: the program's own timings then see a steady model, as a CPython child runs at full speed at
         * once). Off under {@code gil-lab run --no-warm-up} and for tests of output: a pool then starts seconds
         * sooner, and its timings include the JIT's warm-up.
         */
        public Builder warmProcesses(boolean warm) {
            this.warmProcesses = warm;
            return this;
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
