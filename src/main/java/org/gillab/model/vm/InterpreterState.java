package org.gillab.model.vm;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.gillab.model.Profile;
import org.gillab.model.PythonException;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.Pos;
import org.gillab.model.gil.Gil;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilSettings;
import org.gillab.model.lib.FrameObject;
import org.gillab.model.object.Args;
import org.gillab.model.object.Attributes;
import org.gillab.model.object.CycleCollector;
import org.gillab.model.object.Heap;
import org.gillab.model.object.IntStrDigits;
import org.gillab.model.object.Invoker;
import org.gillab.model.object.Ops;
import org.gillab.model.object.ProfileHook;
import org.gillab.model.object.PyBoundMethod;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyClassMethod;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyMethod;
import org.gillab.model.object.PyMethodDescriptor;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStaticMethod;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * One interpreter (CPython's PyInterpreterState): its GIL, heap, builtins, modules (sys.modules),
 * threads, standard streams and the source lines tracebacks quote. Everything here is per interpreter,
 * so several interpreters in one JVM are independent: one GIL each (PEP 684).
 */
public final class InterpreterState implements Invoker {
    final GilKind kind;
    final Gil gil;
    final Profile profile;
    final Heap heap;
    /** 3.9's check at instruction boundaries, or the old GIL's ticker counting every instruction. */
    final boolean checksEveryInstruction;
    /**
     * Whether a container's item operations must take its lock: free-threaded CPython's per-object critical
     * sections, and under unsafe what keeps the Java structures intact. With a GIL they are no-ops, as in
     * CPython's default build (only the GIL's holder touches objects), and the eval loop's fast paths skip them.
     */
    final boolean objectLocks;
    final PyDict builtins = PyDict.immortal();
    private final Map<String, PyModule> modules = new ConcurrentHashMap<>();
    /** sys.modules, as Python code sees it; kept in step with {@link #modules}. */
    private final PyDict sysModules = PyDict.immortal();
    /**
     * Modules that an import of the same name replaced after a program dropped them from sys.modules.
     * Modules are immortal here (their namespaces are never released), so what they hold stays owned.
     */
    private final List<PyModule> retiredModules = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, List<String>> sources = new ConcurrentHashMap<>();
    private final List<Runnable> closeActions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<ThreadState> current = new ThreadLocal<>();
    /** The modules implemented in Java: the standard library's and those packages above the model provide. */
    private final Function<String, PyModule> providedModules;
    final Threads threads;
    final Imports imports = new Imports(this);
    volatile PrintStream stdout;
    volatile PrintStream stderr;
    /** sys.stdin's, sys.stdout's and sys.stderr's reconfigure() settings in this interpreter, by descriptor. */
    final AtomicReferenceArray<StdTextSettings> stdText = new AtomicReferenceArray<>(
            new StdTextSettings[] {StdTextSettings.initial(0), StdTextSettings.initial(1), StdTextSettings.initial(2)});
    volatile List<String> argv = List.of("");
    /** Where `import name` looks for name.py (sys.path[0]: the script's directory). */
    volatile Path path;
    /** sys.getrecursionlimit(). */
    volatile int recursionLimit = 1000;
    /** sys.get_int_max_str_digits() (interp->int_max_str_digits): PYTHONINTMAXSTRDIGITS or the default. */
    private volatile int intMaxStrDigits = IntStrDigits.fromEnvironment(System.getenv("PYTHONINTMAXSTRDIGITS"));
    /** Where input() reads lines: the process's stdin unless a front end provides one. */
    volatile Stdin stdin = Stdin.SYSTEM;
    /** Set once the program has ended and exit's work is done: daemon threads stop without a word (sys.is_finalizing). */
    private volatile boolean finalizing;
    /** While a worker re-runs its parent's program for a child a fork would have made (see {@link #writesNowhere}). */
    private volatile boolean rerunForFork;
    private volatile ToIntFunction<ThreadState> scheduledCollection = CycleCollector::collect;
    /** The Java thread that last entered from outside (runs __main__): where SIGINT is delivered. */
    private volatile Thread mainThread;
    /** What SIGINT does in the main thread (signal.signal); null: raise KeyboardInterrupt. */
    private volatile InterruptHandler sigint;
    /** Where unraisable exceptions go (sys.unraisablehook's dispatch); null until the sys module is made. */
    private volatile UnraisableWriter unraisableWriter;
    /** sys.addaudithook's hooks, which sys.audit and the events the model raises call. */
    final AuditHooks auditHooks = new AuditHooks();

    /**
     * @param providedModules the modules implemented in Java (the model's standard library, multiprocessing
     *                        over the process pool...), made by name when a program first imports one
     * @param trackObjects    whether the heap remembers its live objects, so that a reference-count check names leaks
     */
    public InterpreterState(GilKind kind, GilSettings settings, Profile profile, PrintStream stdout, PrintStream stderr,
                            Function<String, PyModule> providedModules, boolean trackObjects) {
        this.kind = kind;
        this.gil = Gil.create(kind, settings);
        this.profile = profile;
        this.heap = new Heap(kind == GilKind.FREE, kind != GilKind.UNSAFE, trackObjects);
        this.checksEveryInstruction = profile.checksEveryInstruction() || kind == GilKind.OLD;
        this.objectLocks = kind == GilKind.FREE || kind == GilKind.UNSAFE;
        this.stdout = stdout;
        this.stderr = stderr;
        this.providedModules = providedModules;
        this.threads = new Threads(this);
        Builtins.install(this, builtins);
        register("builtins", new PyModule("builtins", builtins));
    }

    public Gil gil() {
        return gil;
    }

    public Heap heap() {
        return heap;
    }

    public Profile profile() {
        return profile;
    }

    public GilKind kind() {
        return kind;
    }

    public PrintStream stdout() {
        return stdout;
    }

    public PrintStream stderr() {
        return stderr;
    }

    @Override
    public PyDict globals(ThreadState ts) {
        return ts.frame instanceof Frame f ? f.globals : null;
    }

    /** Prints a warning (the compiler's SyntaxWarnings) as warnings.showwarning does: to stderr. */
    public void warn(String formatted) {
        stderr.print(formatted);
        stderr.flush();
    }

    public void setStdout(PrintStream out) {
        this.stdout = out;
    }

    public void setStderr(PrintStream err) {
        this.stderr = err;
    }

    public void setArgv(List<String> argv) {
        this.argv = List.copyOf(argv);
    }

    /** Where input() reads from (a notebook's front end, say). */
    public void setStdin(Stdin stdin) {
        this.stdin = stdin;
    }

    public void setPath(Path directory) {
        this.path = directory;
    }

    public Threads threads() {
        return threads;
    }

    /** sys.argv. */
    public List<String> argv() {
        return argv;
    }

    /** The main script's directory, or null. */
    public Path path() {
        return path;
    }

    /** sys.path[0] as the interpreter starts: the main script's directory, or '' (the working directory). */
    public String pathEntry() {
        return path == null ? "" : path.toString();
    }

    /** sys.getrecursionlimit(). */
    public int recursionLimit() {
        return recursionLimit;
    }

    /** sys.setrecursionlimit(). */
    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    @Override
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    /** sys.set_int_max_str_digits(): 0 or at least {@link IntStrDigits#THRESHOLD}, as sys checks. */
    public void setIntMaxStrDigits(int limit) {
        this.intMaxStrDigits = limit;
    }

    /**
     * Marks the span in which this interpreter re-runs its parent's program for a child that CPython would
     * have forked, and which never runs that code: a file the re-run opens for writing writes nowhere (as
     * its output is not shown), so it neither truncates nor overwrites what the parent wrote.
     */
    public void setRerunForFork(boolean rerun) {
        this.rerunForFork = rerun;
    }

    /** Whether a file opened for writing now writes nowhere: the program's re-run for a forked child. */
    public boolean writesNowhere() {
        return rerunForFork;
    }

    /** sys.is_finalizing(): whether the interpreter is past the end of its program (Py_FinalizeEx). */
    public boolean isFinalizing() {
        return finalizing;
    }

    /**
     * Runs {@code action} when the interpreter is closed: modules release what outlives a program (the
     * pools multiprocessing left open, the child processes subprocess left running).
     */
    public void onClose(Runnable action) {
        closeActions.add(action);
    }

    /** The close actions, each once, in the order they were registered (Interpreter.close). */
    public void runCloseActions() {
        closeActions.forEach(Runnable::run);
        closeActions.clear();
    }

    /** Marks the program's end: from now on the threads still running are daemon threads being stopped. */
    public void finalizing() {
        this.finalizing = true;
    }

    /**
     * time.process_time(): the CPU time of the threads that ran this interpreter's Python code, the
     * main thread's and those it started (ended or running), not the JVM's compiler and collector threads.
     */
    public long processCpuNanos() {
        Thread main = mainThread;
        long mainNanos = main == null ? 0 : java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(main.getId());
        return Math.max(0, mainNanos) + threads.cpuTimeNanos();
    }

    /** sys.stdlib_module_names: the names of CPython 3.11's standard modules. */
    public static java.util.Set<String> stdlibModuleNames() {
        return Imports.CPYTHON_STDLIB;
    }

    /**
     * The frame object of {@code thread}'s frame {@code depth} calls out from its innermost (sys._getframe,
     * sys._current_frames), made for {@code ts} if need be: borrowed, or null when the stack is not that deep.
     */
    public FrameObject frameObject(ThreadState ts, ThreadState thread, int depth) {
        Frame f = (Frame) thread.frame;
        for (int i = 0; f != null && i < depth; i++) {
            f = f.back;
        }
        return f == null ? null : f.frameObject(ts);
    }

    /**
     * tracemalloc's view of where {@code ts} allocates: the code and line of its innermost frames, as many
     * as {@code codes} holds, into {@code codes} and {@code lines}; returns how many frames it has in all.
     * A line is exact in frames that keep their position ({@link ThreadState#keepsPositions}), else the
     * line of the frame's last call.
     */
    public static int positions(ThreadState ts, PyCode[] codes, int[] lines) {
        int n = 0;
        for (Frame f = (Frame) ts.frame; f != null; f = f.back, n++) {
            if (n < codes.length) {
                codes[n] = f.code;
                lines[n] = f.line();
            }
        }
        return n;
    }

    // ---- entering the interpreter from Java ----

    /**
     * Runs {@code body} on the calling Java thread as a Python thread holding the GIL: takes the lock
     * (a thread interrupt while waiting raises KeyboardInterrupt), runs, drops it. Re-entrant: a thread
     * already inside (a native function calling back) just runs.
     */
    public <T> T enter(String threadName, Function<ThreadState, T> body) {
        ThreadState inside = current.get();
        if (inside != null) {
            return body.apply(inside);
        }
        mainThread = Thread.currentThread();
        return enterAs(heap.register(threadName, this), body);
    }

    /** The thread state of the calling Java thread, or null when it is not running Python code. */
    public ThreadState currentThread() {
        return current.get();
    }

    /** Registers a thread state for a new Python thread run by {@code threading} (the thread enters with it). */
    <T> T enterAs(ThreadState ts, Function<ThreadState, T> body) {
        return enterAs(ts, body, () -> { });
    }

    /**
     * Like {@link #enterAs(ThreadState, Function)}, and {@code atEnd} runs once the thread state is
     * finished but before the GIL is dropped: what waits for the thread sees it gone as soon as it can
     * run, as CPython releases a thread's tstate lock before its last drop of the GIL.
     */
    <T> T enterAs(ThreadState ts, Function<ThreadState, T> body, Runnable atEnd) {
        current.set(ts);
        ts.ident = ThreadIdents.current();
        ThreadState outer = ThreadState.makeCurrent(ts);
        boolean holding = false;
        try {
            take(ts);
            holding = true;
            return body.apply(ts);
        } finally {
            ts.finish();
            atEnd.run();
            if (holding) {
                gil.drop(ts.gilThread());
            }
            ThreadState.makeCurrent(outer);
            current.remove();
        }
    }

    /** tstate_must_exit: the calling thread is one that the program's end is stopping (Threads.exitAll). */
    boolean mustExit() {
        return threads().mustExit();
    }

    /**
     * take_gil, with an interrupt while waiting turned into KeyboardInterrupt; at the program's end the
     * lock is taken all the same, so that a thread that never got to run drops what it holds (Threads.run).
     */
    private void take(ThreadState ts) {
        try {
            gil.take(ts.gilThread());
        } catch (InterruptedException e) {
            if (!mustExit()) {
                throw PyErrors.keyboardInterrupt();
            }
            retake(ts);
        }
    }

    /**
     * An eval-breaker check point (RESUME, CALL, JUMP_BACKWARD): a pending interrupt runs the SIGINT
     * handler ({@link #interrupted}), then the GIL may be handed over (eval_breaker's gil_drop_request) unless the
     * instruction boundary already asked ({@code askGil} false), then free-threading's queued merges run,
     * then a collection the thread's allocations made due.
     */
    void checkpoint(ThreadState ts, Gil gil, boolean askGil) {
        if (Thread.interrupted()) {
            interrupted(ts);
        }
        if (askGil) {
            tick(ts, gil);
        }
        ts.mergeQueued();
        if (ts.takeCollectionDue()) {
            scheduledCollection.applyAsInt(ts);
        }
    }

    /**
     * What runs a collection the heap's {@link org.gillab.model.object.CollectionSchedule} made due: the
     * collector, or, once the gc module is imported, its collect() with the callbacks around it.
     */
    public void setScheduledCollection(ToIntFunction<ThreadState> collection) {
        this.scheduledCollection = collection;
    }

    /**
     * The GIL's part of a check point alone: what 3.9 does at instruction boundaries and the old GIL's
     * ticker counts (one call, one tick); interrupts and merges wait for the next full check point.
     */
    void tick(ThreadState ts, Gil gil) {
        try {
            gil.checkpoint(ts.gilThread());
        } catch (InterruptedException e) {
            retake(ts);
            interrupted(ts);
        }
    }

    /** Takes the lock back after an interrupted wait, so the unwinding code can drop references. */
    private void retake(ThreadState ts) {
        while (true) {
            try {
                gil.take(ts.gilThread());
                return;
            } catch (InterruptedException again) {
                // already turning into KeyboardInterrupt: keep waiting for the lock
            }
        }
    }

    /**
     * A blocking call (time.sleep, join, lock wait): releases the GIL around it, as
     * Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS do. An interrupt runs the SIGINT handler with the GIL
     * held (KeyboardInterrupt by default); if the handler returns, the call is made again, as PEP 475
     * retries a system call that a signal interrupted: a call with a timeout computes what is left of it.
     */
    public <T> T allowThreads(ThreadState ts, Blocking<T> call) {
        while (true) {
            gil.drop(ts.gilThread());
            T result;
            try {
                result = call.run();
            } catch (InterruptedException e) {
                retake(ts);
                interrupted(ts);
                continue;
            } catch (RuntimeException | Error e) { // an I/O error turned exception: it is raised holding the GIL
                retake(ts);
                throw e;
            }
            try {
                gil.take(ts.gilThread());
            } catch (InterruptedException e) {
                retake(ts);
                interrupted(ts);
            }
            return result;
        }
    }

    /**
     * A Java interrupt of a Python thread, holding the GIL: in the main thread, SIGINT arriving, whose
     * handler runs (signal.signal; KeyboardInterrupt unless one is set); in a thread the program started,
     * the interpreter stopping them all (close), always KeyboardInterrupt, or once the interpreter is
     * finalizing, the thread's silent end ({@link ThreadExit}).
     */
    void interrupted(ThreadState ts) {
        if (mustExit()) {
            throw new ThreadExit(); // stopped at the program's end (Threads.exitAll)
        }
        InterruptHandler handler = sigint;
        if (handler == null || Thread.currentThread() != mainThread) {
            throw PyErrors.keyboardInterrupt();
        }
        handler.handle(ts);
    }

    /** What SIGINT does from now on (null: KeyboardInterrupt): the signal module's handler. */
    public void onInterrupt(InterruptHandler handler) {
        this.sigint = handler;
    }

    /** SIGINT for the main thread (_thread.interrupt_main, signal.raise_signal): its next check point runs the handler. */
    public void interruptMain() {
        Thread main = mainThread;
        if (main != null) {
            main.interrupt();
        }
    }

    /** A Python-level SIGINT handler, run in the main thread with the GIL held; it may raise. */
    @FunctionalInterface
    public interface InterruptHandler {
        void handle(ThreadState ts);
    }

    /** A blocking operation run without the GIL. */
    @FunctionalInterface
    public interface Blocking<T> {
        T run() throws InterruptedException;
    }

    // ---- the standard error stream ----

    /**
     * Writes {@code text} to sys.stderr as the interpreter's own reports do (tracebacks of threads,
     * "Exception ignored" messages): the interpreter's stream, or whatever object the program put in
     * sys.stderr (its write method); nothing when that is None.
     */
    public void writeStderr(ThreadState ts, String text) {
        PyModule sys = module("sys");
        PyObject stream = sys == null ? null : sys.dict().get("stderr");
        if (stream != PyNone.NONE) {
            StdStream.write(this, ts, stream == null ? StdStream.STDERR : stream, List.of(text), true);
        }
    }


    // ---- calls ----

    @Override
    public PyObject call(ThreadState ts, PyObject callable, Args args) {
        if (callable instanceof PyFunction fn) {
            return runFunction(ts, fn, args.array(), args.start(), args.count(), args.keywordArray());
        }
        if (callable instanceof PyBuiltin builtin) {
            return builtin.call(args);
        }
        if (callable instanceof PyMethod method) {
            return method.call(args);
        }
        if (callable instanceof PyBoundMethod bound) {
            return call(ts, bound.function, args.prepend(bound.self));
        }
        if (callable instanceof PyType type) {
            return type.construct(args);
        }
        if (callable instanceof PyMethodDescriptor descriptor) {
            return descriptor.call(args);
        }
        if (callable instanceof PyStaticMethod || callable instanceof PyClassMethod) {
            PyObject inner = callable.getAttr(ts, "__func__");
            try {
                return call(ts, inner, args);
            } finally {
                ts.decref(inner);
            }
        }
        PyObject method = callable.type().lookup("__call__");
        if (method == null) {
            throw PyErrors.typeError("'" + callable.type().name() + "' object is not callable");
        }
        // CPython 3.11 calls such an object through its type's tp_call (an instance's __call__, an
        // lru_cache wrapper), and _PyObject_MakeTpCall counts that call toward the recursion limit:
        // recursion through a class-based decorator reaches a third of plain recursion's depth
        boolean tpCall = !callable.type().callsByVectorcall();
        if (tpCall && !ts.enterFrame(recursionLimit)) {
            throw PyErrors.raise(PyErrors.RECURSION_ERROR, "maximum recursion depth exceeded while calling a Python object");
        }
        PyObject bound = Attributes.get(ts, method, callable, callable.type());
        try {
            return call(ts, bound, args);
        } finally {
            ts.decref(bound);
            if (tpCall) {
                ts.leaveFrame();
            }
        }
    }

    /** CALL: the arguments are in {@code stack[start .. start+count)}, the last ones named by {@code keywordNames}. */
    PyObject call(ThreadState ts, PyObject callable, PyObject[] stack, int start, int count, String[] keywordNames) {
        if (callable instanceof PyFunction fn) {
            return runFunction(ts, fn, stack, start, count, keywordNames);
        }
        Args args = new Args(ts, stack, start, count, keywordNames);
        ProfileHook hook = ts.profileHook;
        if (hook != null && hook.enterNative(callable, args)) {
            return profiledCall(ts, hook, callable, args);
        }
        return call(ts, callable, args);
    }

    /** A native call the profiler sees (CPython's c_call and c_return events, as only CALL raises them). */
    private PyObject profiledCall(ThreadState ts, ProfileHook hook, PyObject callable, Args args) {
        PyObject result = null;
        try {
            result = call(ts, callable, args);
            return result;
        } finally {
            if (ts.profileHook == hook) {
                hook.leave(result);
            }
        }
    }

    /** A Python function's call: a new frame, its arguments bound, run (a generator function returns its generator). */
    private PyObject runFunction(ThreadState ts, PyFunction fn, PyObject[] stack, int start, int count, String[] keywordNames) {
        Frame frame = CallBinding.bind(ts, fn, stack, start, count, keywordNames);
        return Eval.run(ts, this, frame, null);
    }

    // ---- code ----

    /** Runs a module body in {@code globals}, remembering its source for tracebacks. */
    public void execModule(ThreadState ts, CodeObject code, String source, PyDict globals) {
        if (!code.filename().startsWith("<frozen")) { // a frozen module shows no source, as in CPython
            sources.put(code.filename(), source.lines().toList());
        }
        Frame frame = new Frame(new PyCode(code), globals, globals, new org.gillab.model.object.PyCell[0]);
        ts.decref(Eval.run(ts, this, frame, null));
    }

    /** Runs a class body (__build_class__): its code with the namespace as locals and the function's closure. */
    PyObject runClassBody(ThreadState ts, PyFunction body, PyObject namespace) {
        Frame frame = new Frame(body.code, body.globals, namespace, body.closure);
        return Eval.run(ts, this, frame, null);
    }

    /** Remembers a program's source lines for tracebacks (exec() and eval() of strings). */
    void rememberSource(String filename, String source) {
        sources.put(filename, source.lines().toList());
    }

    /** The source lines of a file this interpreter compiled (a program, a module, the model's library), or null. */
    public List<String> sourceLines(String filename) {
        return sources.get(filename);
    }

    /** Where instruction {@code index} of {@code code} lies, in frame {@code state} (or null) as a traceback shows it. */
    PythonException.Frame frameInfo(PyCode code, int index, FrameState state) {
        int line = code.line(index);
        List<String> lines = sources.get(code.filename);
        String text = lines != null && line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        Pos position = index >= 0 && index < code.source.lines().length ? code.source.position(index) : null;
        return new PythonException.Frame(code.filename, line, code.name, text, position, index, state);
    }

    // ---- modules ----

    /** A module by name, importing it if need be (import name). */
    @Override
    public PyModule importModule(ThreadState ts, String name) {
        return imports.importModule(ts, name);
    }

    /** importlib.reload: the module's source run again in its own namespace. */
    public PyModule reloadModule(ThreadState ts, PyModule module) {
        return imports.reload(ts, module);
    }

    /** Where the import system would find a module now (importlib.util.find_spec): {filename, package directory or null}, or null. */
    public String[] locateModule(String absolute) {
        return imports.locate(absolute);
    }

    /** The source of one of the model's library modules by its module's filename (/gil-lab/lib/...), or null. */
    public static String librarySource(String filename) {
        return Imports.librarySource(filename);
    }

    /** How PyErr_WriteUnraisable reports: through sys.unraisablehook, once the sys module has installed it. */
    @FunctionalInterface
    public interface UnraisableWriter {
        void write(ThreadState ts, String message, PyObject object, PythonException e);
    }

    /** The sys module calls this as it is made: its unraisablehook is where unraisable exceptions go from then on. */
    public void setUnraisableWriter(UnraisableWriter writer) {
        unraisableWriter = writer;
    }

    /** PyErr_WriteUnraisable: "Exception ignored MESSAGE: REPR" and the exception, by sys.unraisablehook. */
    @Override
    public void writeUnraisable(ThreadState ts, String message, PyObject object, PythonException e) {
        if (unraisableWriter == null) {
            importModule(ts, "sys"); // made on first use, as the program's imports make it; it installs the writer
        }
        unraisableWriter.write(ts, message, object, e);
    }

    /** PRINT_EXPR: passes an interactive statement's value to sys.displayhook (ceval.c). */
    void displayHook(ThreadState ts, PyObject value) {
        PyObject hook = importModule(ts, "sys").dict().get("displayhook");
        if (hook == null) {
            throw PyErrors.raise(PyErrors.RUNTIME_ERROR, "lost sys.displayhook");
        }
        ts.decref(ts.call(hook, value));
    }

    PyModule fromProvider(String name) {
        return providedModules == null ? null : providedModules.apply(name);
    }

    /** Puts {@code module} in sys.modules under {@code name}; one it replaces stays known to the reference-count checker. */
    public void register(String name, PyModule module) {
        PyModule replaced = modules.put(name, module);
        if (replaced != null && replaced != module) {
            retiredModules.add(replaced);
        }
        sysModules.entries().put(PyStr.constant(name), module);
    }

    void unregister(String name) {
        modules.remove(name);
        sysModules.entries().remove(PyStr.constant(name));
    }

    /**
     * The module sys.modules holds under {@code name}, or null: what the import system looks at first, so
     * that after {@code del sys.modules[name]} the next import runs the module again, as in CPython.
     * Called with the GIL held (a program may be changing sys.modules).
     */
    PyModule imported(String name) {
        return sysModules.entries().get(PyStr.constant(name)) instanceof PyModule m ? m : null;
    }

    /** sys.modules: a live dict of the imported modules. */
    public PyDict sysModules() {
        return sysModules;
    }

    /**
     * A fresh module for a program run as a script (__main__), registered in sys.modules under
     * {@code name}: as in CPython, its __builtins__ is the builtins module itself (an imported module's
     * is the builtins dict, see Imports).
     */
    public PyModule newModule(String name) {
        PyModule module = new PyModule(name, false, null);
        module.dict().entries().put(PyStr.constant("__name__"), PyStr.constant(name));
        module.dict().entries().put(PyStr.constant("__doc__"), PyNone.NONE);
        module.dict().entries().put(PyStr.constant("__package__"), PyNone.NONE);
        module.dict().entries().put(PyStr.constant("__spec__"), PyNone.NONE);
        module.dict().entries().put(PyStr.constant("__builtins__"), modules.get("builtins"));
        register(name, module);
        return module;
    }

    /** The module {@code name} if it was imported or made, or null. */
    public PyModule module(String name) {
        return modules.get(name);
    }

    /** All modules (sys.modules, and those it dropped), for the reference-count checker. */
    public List<PyModule> modules() {
        List<PyModule> all = new ArrayList<>(modules.values());
        all.addAll(retiredModules);
        return all;
    }


    /** The audit hooks (PEP 578) of this interpreter. */
    public AuditHooks auditHooks() {
        return auditHooks;
    }

    public PyDict builtins() {
        return builtins;
    }
}
