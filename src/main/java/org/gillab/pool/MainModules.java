package org.gillab.pool;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.compile.CompileError;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The programs a worker has loaded, each run once as module {@code __mp_main__} in an interpreter
 * of its own, as CPython's spawn start method re-imports the parent's main script in the child
 * under that name (so its {@code if __name__ == '__main__':} block does not run again).
 */
final class MainModules {
    private static final String MAIN = "__mp_main__";
    /** The attribute of a sent exception that holds the repr of the result it kept from the parent. */
    private static final String UNSENT_RESULT = "_unsent_result";

    /** A loaded program, or why it failed to load (then every task of it fails the same way). */
    private record Loaded(Interpreter interpreter, String filename, Message.TaskFailed failure) {}

    /** Whether this JVM is a worker loading a program: its bootstrapping phase, in CPython's words. */
    private static volatile boolean bootstrapping;

    private final WorkerOptions options;
    private final Map<Integer, Loaded> programs = new HashMap<>();
    /** A program loaded ahead and what loading it gave. */
    private record LoadedAhead(Program program, Loaded loaded) {}

    /** Kept until a LoadProgram of the same program takes it: untouched by any task, it stays fresh across a Reset. */
    private LoadedAhead ahead;

    MainModules(WorkerOptions options) {
        this.options = options;
    }

    void load(Message.LoadProgram program) {
        programs.put(program.programId(), loaded(program.parts(), program.argv(), program.directory()));
    }

    /**
     * Loads the program {@code gil-lab run} is about to run, before this warm worker says it is ready, so
     * that the program's first Process finds it loaded ({@link #takeLoadedAhead}): a forked CPython child
     * starts in milliseconds, where loading a program (a fresh interpreter, the program's imports, their
     * JIT compilations) takes a worker a tenth of a second or more, inside the program's timings.
     */
    void loadAhead(Message.LoadProgram program) {
        Loaded loaded = loaded(program.parts(), program.argv(), program.directory());
        if (loaded.failure() == null) {
            importSharedObjectModules(loaded.interpreter());
        }
        ahead = new LoadedAhead(program.program(), loaded);
    }

    /**
     * Imports the modules of the objects a parent hands its processes ({@link ProcessMachinery#SHARED_OBJECT_MODULES}),
     * as a child forked after the parent made its Queue has them: otherwise decoding the first task's Queue
     * imports its module inside the program's timings.
     */
    private static void importSharedObjectModules(Interpreter interpreter) {
        interpreter.state().enter("MainThread", ts -> {
            ProcessMachinery.SHARED_OBJECT_MODULES.forEach(module -> interpreter.state().importModule(ts, module));
            return null;
        });
    }

    /** Whether the program was loaded ahead: it is then the one under this id, and need not load again. */
    boolean takeLoadedAhead(Message.LoadProgram program) {
        if (ahead == null || !ahead.program().equals(program.program())) {
            return false;
        }
        programs.put(program.programId(), ahead.loaded());
        ahead = null;
        return true;
    }

    private Loaded loaded(List<Interpreter.Source> parts, List<String> argv, String directory) {
        try {
            WorkingDirectory.change(directory);
        } catch (IOException gone) {
            // removed since the parent sent it: the worker stays where it is
        }
        Interpreter interpreter = options.newInterpreter();
        interpreter.state().setArgv(argv);
        String filename = parts.get(0).filename();
        Path file = WorkingDirectory.resolve(filename.startsWith("<") ? "." : filename);
        if (Files.isRegularFile(file)) {
            interpreter.state().setPath(file.getParent()); // `import helper` finds helper.py beside the script
        }
        Message.TaskFailed failure = null;
        bootstrapping = true;
        // CPython on Linux forks its children, which never re-run the program: what the re-run prints or
        // writes to files is not shown (its errors still fail every task of the program)
        interpreter.state().setRerunForFork(true);
        PrintStream out = interpreter.state().stdout();
        PrintStream err = interpreter.state().stderr();
        interpreter.setStdout(new PrintStream(OutputStream.nullOutputStream()));
        interpreter.setStderr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            interpreter.execModule(parts.get(0).text(), filename, MAIN);
            for (Interpreter.Source part : parts.subList(1, parts.size())) {
                interpreter.exec(part.text(), part.filename()); // into __mp_main__, now the interpreter's main module
            }
        } catch (ForkPoint reached) {
            // the parent started this worker from here: __mp_main__ now holds what the parent held then
        } catch (PythonException e) {
            failure = new Message.TaskFailed(-1, e.typeName(), e.exception().str(), e.traceback(), null);
        } catch (CompileError e) {
            failure = new Message.TaskFailed(-1, e.kind(), e.detail(), e.getMessage(), null);
        } finally {
            bootstrapping = false;
            interpreter.state().setRerunForFork(false);
            interpreter.setStdout(out);
            interpreter.setStderr(err);
        }
        if (failure == null) {
            becomeMain(interpreter);
        }
        return new Loaded(interpreter, filename, failure);
    }

    /**
     * What a forked child has where this worker re-ran the program as __mp_main__ (to leave its main block
     * out): the program's module is __main__, in its __name__ and sys.modules (__mp_main__ stays an alias,
     * as multiprocessing makes it in CPython), and its classes and functions say so in __module__, so
     * reprs, tracebacks and pickle name them as the parent does.
     */
    private static void becomeMain(Interpreter interpreter) {
        interpreter.state().enter("MainThread", ts -> {
            PyModule program = interpreter.state().module(MAIN);
            PyStr main = new PyStr(ts, PoolValues.MAIN);
            try {
                program.dict().put(ts, "__name__", main);
                Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                program.dict().snapshot().forEach(e -> renameModule(ts, e.getValue(), main, seen));
            } finally {
                ts.decref(main);
            }
            interpreter.state().register(PoolValues.MAIN, program);
            return null;
        });
    }

    /** A function's or class's __module__, and those of a class's methods and nested classes, from __mp_main__ to __main__. */
    private static void renameModule(ThreadState ts, PyObject o, PyStr main, Set<PyObject> seen) {
        if (!seen.add(o)) {
            return;
        }
        if (o instanceof PyFunction || o instanceof PyType type && type.isHeapType()) {
            PyObject module = Ops.lookupAttr(ts, o, "__module__");
            boolean ours = module instanceof PyStr s && s.value.equals(MAIN);
            ts.xdecref(module);
            if (!ours) {
                return;
            }
            o.setAttr(ts, "__module__", main);
            if (o instanceof PyType type) {
                type.dict().snapshot().forEach(e -> renameModule(ts, e.getValue(), main, seen));
            }
        }
    }

    /** Closes every loaded program's interpreter (stopping the threads its tasks left) and forgets them all. */
    void forgetAll() {
        programs.values().forEach(loaded -> loaded.interpreter.close());
        programs.clear();
    }

    /**
     * Whether a program being loaded as __mp_main__ tries to start processes: without the
     * {@code if __name__ == '__main__':} guard every worker would start a pool of its own, and so on.
     */
    static boolean bootstrapping() {
        return bootstrapping;
    }

    /** Calls the task's function; the answer says what it returned or raised. */
    Message call(Message.RunTask task) {
        Loaded program = programs.get(task.programId());
        if (program.failure != null) {
            Message.TaskFailed f = program.failure;
            return new Message.TaskFailed(task.taskId(), f.type(), f.message(), f.traceback(), null);
        }
        Interpreter py = program.interpreter;
        int colon = task.function().indexOf(':');
        if (colon < 0 && py.state().module(MAIN).dict().get(task.function()) == null) {
            // what CPython's unpickler says when the child's __mp_main__ lacks the function
            String message = "Can't get attribute '" + task.function() + "' on <module '" + MAIN + "' from '"
                    + program.filename + "'>";
            return new Message.TaskFailed(task.taskId(), "AttributeError", message, "AttributeError: " + message + "\n", null);
        }
        return py.state().enter("MainThread", ts -> {
            try {
                PyObject function = colon < 0 ? py.state().module(MAIN).dict().get(task.function())
                        : PoolValues.resolve(ts, task.function().substring(0, colon), task.function().substring(colon + 1));
                PyObject result = PoolValues.call(ts, function, task.args());
                try {
                    return new Message.TaskDone(task.taskId(), PoolValues.toJava(ts, result));
                } catch (PythonException unsent) {
                    return failed(ts, task.taskId(), withUnsentResult(ts, unsent, result));
                } finally {
                    ts.decref(result);
                }
            } catch (PythonException e) {
                return failed(ts, task.taskId(), e);
            }
        });
    }

    /**
     * The error that kept a result from being sent, marked with the result's repr: CPython's Pool wraps
     * it in a MaybeEncodingError made in the worker (pool.py's worker()), while its executor sends the
     * error itself; the parent's multiprocessing.pool decides which, as it alone knows who asked.
     */
    private static PythonException withUnsentResult(ThreadState ts, PythonException unsent, PyObject result) {
        PyStr shown = new PyStr(ts, Ops.repr(ts, result));
        try {
            unsent.exception().setAttr(ts, UNSENT_RESULT, shown);
        } finally {
            ts.decref(shown);
        }
        return unsent;
    }

    /** The task's exception, sent as pickle sends it where it can be, so the caller catches its own class. */
    private static Message.TaskFailed failed(ThreadState ts, long taskId, PythonException e) {
        Object sent;
        try {
            sent = PoolValues.toJava(ts, e.exception());
        } catch (PythonException unsendable) {
            ts.decref(unsendable.exception());
            sent = null;
        }
        return new Message.TaskFailed(taskId, e.typeName(), e.exception().str(), e.traceback(), sent);
    }
}
