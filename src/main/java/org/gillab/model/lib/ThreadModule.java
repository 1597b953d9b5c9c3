package org.gillab.model.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.NativeFunction;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.StdStream;
import org.gillab.model.vm.ThreadIdents;

/**
 * The _thread module (Modules/_threadmodule.c): starting threads, their identities, the two lock types
 * ({@link ThreadLocks}) and the default threading.excepthook. threading is the model's own Python over
 * this module, as CPython's Lib/threading.py is over its _thread.
 */
final class ThreadModule {
    private ThreadModule() {}

    /** threading.ExceptHookArgs: what a thread's uncaught exception is reported with. */
    private static final StructSequence EXCEPT_HOOK_ARGS = new StructSequence("_thread._ExceptHookArgs",
            "exc_type", "exc_value", "exc_traceback", "thread");

    /** The smallest stack _thread.stack_size accepts (THREAD_STACK_MIN on Linux). */
    private static final long STACK_MIN = 32768;

    static PyModule create(InterpreterState interp) {
        PyType lock = ThreadLocks.lockType(interp);
        NativeFunction allocate = args -> {
            noArguments(args, "_thread.allocate_lock");
            return new ThreadLocks.Lock(args.thread(), lock);
        };
        NativeFunction start = args -> startNewThread(interp, args);
        NativeFunction exit = args -> {
            throw PyErrors.raiseEmpty(PyErrors.SYSTEM_EXIT);
        };
        long[] stackSize = {0};
        return new PyModule("_thread", true)
                .add("LockType", lock)
                .add("RLock", ThreadLocks.rlockType(interp))
                .add("error", PyErrors.RUNTIME_ERROR)
                .add("TIMEOUT_MAX", PyFloat.constant(Timeouts.MAX_SECONDS))
                .add("_ExceptHookArgs", EXCEPT_HOOK_ARGS.type())
                .add("allocate_lock", new PyBuiltin("allocate_lock", allocate))
                .add("allocate", new PyBuiltin("allocate", allocate))
                .add("start_new_thread", new PyBuiltin("start_new_thread", start))
                .add("start_new", new PyBuiltin("start_new", start))
                .add("exit", new PyBuiltin("exit", exit))
                .add("exit_thread", new PyBuiltin("exit_thread", exit))
                .function("get_ident", args -> {
                    noArguments(args, "_thread.get_ident");
                    return PyInt.of(args.thread(), ident());
                })
                .function("get_native_id", args -> {
                    noArguments(args, "_thread.get_native_id");
                    return PyInt.of(args.thread(), nativeId());
                })
                .function("_count", args -> PyInt.of(args.thread(), interp.threads().count()))
                .function("stack_size", args -> {
                    args.expectPositional("stack_size", 0, 1);
                    // stack_size() is stack_size(0): the platform's default again
                    long size = args.size() == 0 ? 0 : Convert.toLong(args.get(0), "stack_size");
                    if (size != 0 && size < STACK_MIN) {
                        throw PyErrors.valueError("size not valid: " + size + " bytes");
                    }
                    long old = stackSize[0];
                    // recorded only: the model's threads keep the Java stack its recursion limit needs
                    stackSize[0] = size;
                    return PyInt.of(args.thread(), old);
                })
                .function("interrupt_main", args -> {
                    PyObject[] a = args.bind("interrupt_main", 0, "signum");
                    long signum = a[0] == null ? SignalModule.SIGINT : Convert.toLong(a[0], "interrupt_main");
                    SignalModule.deliver(interp, signum);
                    return PyNone.NONE;
                })
                .function("_set_sentinel", args -> {
                    noArguments(args, "_thread._set_sentinel");
                    ThreadLocks.Lock sentinel = new ThreadLocks.Lock(args.thread(), lock);
                    sentinel.permit.acquireUninterruptibly();
                    interp.threads().releaseAtEnd(sentinel.permit);
                    return sentinel;
                })
                .function("_set_name", args -> {
                    args.expectPositional("_set_name", 2, 2);
                    interp.threads().rename(Convert.toLong(args.get(0), "_set_name"), args.get(1).str());
                    return PyNone.NONE;
                })
                .function("_excepthook", args -> excepthook(interp, args));
    }

    /** get_ident(): the calling thread's identity, shaped as CPython's (PyThread_get_thread_ident). */
    static long ident() {
        return ThreadIdents.current();
    }

    /**
     * get_native_id(): the kernel's id of the calling thread (a TID on Linux, read from
     * /proc/thread-self), else the Java thread's id (small, as TIDs are).
     */
    private static long nativeId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(self.getFileName().toString());
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return Thread.currentThread().getId();
        }
    }

    private static void noArguments(Args args, String name) {
        int given = args.size() + args.keywordNames().size();
        if (given > 0) {
            throw PyErrors.typeError(name + "() takes no arguments (" + given + " given)");
        }
    }

    /** start_new_thread(function, args[, kwargs]): the new thread's ident. */
    private static PyObject startNewThread(InterpreterState interp, Args args) {
        if (!args.keywordNames().isEmpty()) {
            throw PyErrors.typeError("start_new_thread() takes no keyword arguments");
        }
        if (args.size() < 2 || args.size() > 3) {
            throw PyErrors.typeError("start_new_thread expected " + (args.size() < 2 ? "at least 2" : "at most 3")
                    + " arguments, got " + args.size());
        }
        if (!Ops.isCallable(args.get(0))) {
            throw PyErrors.typeError("first arg must be callable");
        }
        if (!(args.get(1) instanceof PyTuple tuple)) {
            throw PyErrors.typeError("2nd arg must be a tuple");
        }
        PyDict kwargs = null;
        if (args.size() == 3) {
            if (!(args.get(2) instanceof PyDict d)) {
                throw PyErrors.typeError("optional 3rd arg must be a dictionary");
            }
            kwargs = d;
        }
        var started = interp.threads().start(args.thread(), "Dummy", args.get(0), tuple, kwargs, false);
        return PyInt.of(args.thread(), started.ident());
    }

    /**
     * _thread._excepthook(args), threading's default excepthook (thread_excepthook): SystemExit is
     * silently ignored; else "Exception in thread NAME:" and the traceback go to sys.stderr or, when that
     * is None, to the stderr the thread kept when it was made (its _stderr), and nowhere if that is None
     * too. NAME is the thread's name, or the calling thread's ident when it has none.
     */
    private static PyObject excepthook(InterpreterState interp, Args args) {
        args.expectPositional("excepthook", 1, 1);
        ThreadState ts = args.thread();
        if (!(args.get(0) instanceof PyTuple hookArgs) || args.get(0).type() != EXCEPT_HOOK_ARGS.type()) {
            throw PyErrors.typeError("_thread.excepthook argument type must be ExceptHookArgs");
        }
        PyObject type = hookArgs.get(0);
        PyObject thread = hookArgs.get(3);
        if (type == PyErrors.SYSTEM_EXIT || type instanceof PyType t && t.isSubtypeOf(PyErrors.SYSTEM_EXIT)) {
            return PyNone.NONE;
        }
        PyObject file = hookStream(interp, ts, thread);
        if (file == PyNone.NONE) {
            ts.decref(file);
            return PyNone.NONE;
        }
        try {
            StdStream.write(interp, ts, file, List.of("Exception in thread "), false);
            StdStream.write(interp, ts, file, List.of(threadName(ts, thread) + ":\n"), true);
            StdStream.write(interp, ts, file, List.of(SysModule.report(hookArgs.get(1))), true);
        } finally {
            ts.decref(file);
        }
        return PyNone.NONE;
    }

    /** Where the hook writes, a new reference: sys.stderr, else the thread's _stderr (None when there is neither). */
    private static PyObject hookStream(InterpreterState interp, ThreadState ts, PyObject thread) {
        PyModule sys = interp.module("sys");
        PyObject stderr = sys == null ? null : sys.dict().get("stderr");
        if (stderr != null && stderr != PyNone.NONE) {
            return ts.newRef(stderr);
        }
        return thread == PyNone.NONE ? ts.newRef(PyNone.NONE) : thread.getAttr(ts, "_stderr");
    }

    /** str(thread.name), or the calling thread's ident when thread is None or has no name. */
    private static String threadName(ThreadState ts, PyObject thread) {
        if (thread != PyNone.NONE) {
            try {
                PyObject name = thread.getAttr(ts, "name");
                try {
                    return Ops.str(ts, name);
                } finally {
                    ts.decref(name);
                }
            } catch (PythonException e) {
                if (!PyErrors.isAttributeError(e)) {
                    throw e;
                }
                ts.decref(e.exception());
            }
        }
        return Long.toString(ident());
    }
}
