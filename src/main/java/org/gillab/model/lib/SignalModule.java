package org.gillab.model.lib;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _signal module (Modules/signalmodule.c; signal.py wraps it in enums as CPython's Lib/signal.py does):
 * Linux's signal numbers, and handlers that
 * run in the main thread between bytecodes. The model receives one signal from outside, SIGINT: an
 * interrupt of the main thread (Ctrl-C at {@code gil-lab run}, a notebook's interrupt button), which
 * runs the SIGINT handler, default_int_handler (KeyboardInterrupt) unless signal.signal set another.
 * raise_signal, os.kill of the model's own process and _thread.interrupt_main deliver any signal the
 * same way. A signal whose handler is SIG_DFL is, for SIGINT, KeyboardInterrupt (CPython's process
 * would die of it) and for any other signal ignored.
 */
final class SignalModule {
    private SignalModule() {}

    static final long SIGINT = 2;
    private static final long SIG_DFL = 0;
    private static final long SIG_IGN = 1;
    private static final long NSIG = 65;
    private static final long SIGKILL = 9;
    private static final long SIGSTOP = 19;

    /** Linux's signal numbers (x86-64 and arm64) and strsignal's descriptions. */
    private static final Object[][] SIGNALS = {
            {"SIGHUP", 1, "Hangup"}, {"SIGINT", 2, "Interrupt"}, {"SIGQUIT", 3, "Quit"},
            {"SIGILL", 4, "Illegal instruction"}, {"SIGTRAP", 5, "Trace/breakpoint trap"}, {"SIGABRT", 6, "Aborted"},
            {"SIGIOT", 6, "Aborted"}, {"SIGBUS", 7, "Bus error"}, {"SIGFPE", 8, "Floating point exception"},
            {"SIGKILL", 9, "Killed"}, {"SIGUSR1", 10, "User defined signal 1"}, {"SIGSEGV", 11, "Segmentation fault"},
            {"SIGUSR2", 12, "User defined signal 2"}, {"SIGPIPE", 13, "Broken pipe"}, {"SIGALRM", 14, "Alarm clock"},
            {"SIGTERM", 15, "Terminated"}, {"SIGSTKFLT", 16, "Stack fault"}, {"SIGCHLD", 17, "Child exited"},
            {"SIGCLD", 17, "Child exited"}, {"SIGCONT", 18, "Continued"}, {"SIGSTOP", 19, "Stopped (signal)"},
            {"SIGTSTP", 20, "Stopped"}, {"SIGTTIN", 21, "Stopped (tty input)"}, {"SIGTTOU", 22, "Stopped (tty output)"},
            {"SIGURG", 23, "Urgent I/O condition"}, {"SIGXCPU", 24, "CPU time limit exceeded"},
            {"SIGXFSZ", 25, "File size limit exceeded"}, {"SIGVTALRM", 26, "Virtual timer expired"},
            {"SIGPROF", 27, "Profiling timer expired"}, {"SIGWINCH", 28, "Window changed"},
            {"SIGIO", 29, "I/O possible"}, {"SIGPOLL", 29, "I/O possible"}, {"SIGPWR", 30, "Power failure"},
            {"SIGSYS", 31, "Bad system call"}, {"SIGRTMIN", 34, null}, {"SIGRTMAX", 64, null},
    };

    /** The signals waiting for each interpreter's main thread. */
    private static final Map<InterpreterState, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * An interpreter's handlers, by signal number, in a dict the module holds (as _handlers, so that the
     * reference-count checker sees them), and the signals delivered but not yet handled.
     */
    private record State(PyDict handlers, ConcurrentLinkedQueue<Long> pending) {
        PyObject handler(long signum) {
            return handlers.get(PyInt.constant(signum));
        }
    }

    static PyModule create(InterpreterState interp) {
        PyBuiltin defaultIntHandler = new PyBuiltin("default_int_handler", args -> {
            throw PyErrors.keyboardInterrupt();
        });
        State state = new State(PyDict.immortal(), new ConcurrentLinkedQueue<>());
        STATES.put(interp, state);
        PyModule module = new PyModule("_signal", true)
                .add("SIG_DFL", PyInt.constant(SIG_DFL))
                .add("SIG_IGN", PyInt.constant(SIG_IGN))
                .add("NSIG", PyInt.constant(NSIG))
                .add("default_int_handler", defaultIntHandler)
                .add("_handlers", state.handlers())
                .function("signal", args -> setHandler(interp, state, args))
                .function("getsignal", args -> {
                    args.expectPositional("getsignal", 1, 1);
                    return args.thread().newRef(state.handler(signalNumber(args.get(0))));
                })
                .function("raise_signal", args -> {
                    args.expectPositional("raise_signal", 1, 1);
                    deliver(interp, signalNumber(args.get(0)));
                    return PyNone.NONE;
                })
                .function("strsignal", args -> {
                    args.expectPositional("strsignal", 1, 1);
                    long signum = signalNumber(args.get(0));
                    for (Object[] s : SIGNALS) {
                        if ((int) s[1] == signum && s[2] != null) {
                            return new PyStr(args.thread(), (String) s[2]);
                        }
                    }
                    return PyNone.NONE;
                });
        for (Object[] s : SIGNALS) {
            module.add((String) s[0], PyInt.constant((int) s[1]));
        }
        Map<PyObject, PyObject> handlers = state.handlers().entries();
        for (long n = 1; n < NSIG; n++) {
            handlers.put(PyInt.constant(n), PyInt.constant(SIG_DFL));
        }
        handlers.put(PyInt.constant(SIGINT), defaultIntHandler);
        handlers.put(PyInt.constant(13), PyInt.constant(SIG_IGN)); // CPython ignores SIGPIPE and SIGXFSZ at start-up
        handlers.put(PyInt.constant(25), PyInt.constant(SIG_IGN));
        interp.onInterrupt(ts -> runHandlers(state, ts));
        return module;
    }

    /** A signal number argument, checked against NSIG. */
    private static long signalNumber(PyObject o) {
        long signum = Convert.toLong(o, "signal");
        if (signum < 1 || signum >= NSIG) {
            throw PyErrors.valueError("signal number out of range");
        }
        return signum;
    }

    /** signal.signal(signalnum, handler): the previous handler. */
    private static PyObject setHandler(InterpreterState interp, State state, Args args) {
        args.expectPositional("signal", 2, 2);
        if (interp.threads().isStarted(Thread.currentThread())) {
            throw PyErrors.valueError("signal only works in main thread of the main interpreter");
        }
        long signum = signalNumber(args.get(0));
        PyObject handler = args.get(1);
        boolean action = handler instanceof PyInt i && i.big == null && (i.value == SIG_DFL || i.value == SIG_IGN);
        if (!action && !Ops.isCallable(handler)) {
            throw PyErrors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (signum == SIGKILL || signum == SIGSTOP) {
            throw PyErrors.osError(Errno.EINVAL, null);
        }
        ThreadState ts = args.thread();
        PyObject old = ts.newRef(state.handler(signum));
        state.handlers().put(ts, PyInt.constant(signum), handler);
        return old;
    }

    /** Delivers {@code signum} to the interpreter's main thread, whose next check point runs its handler. */
    static void deliver(InterpreterState interp, long signum) {
        State state = STATES.get(interp);
        if (state == null) {
            if (signum == SIGINT) {
                interp.interruptMain(); // without the module, SIGINT is KeyboardInterrupt
            }
            return;
        }
        state.pending.add(signum);
        interp.interruptMain();
    }

    /** In the main thread, holding the GIL: the handlers of the signals delivered; an outside interrupt is SIGINT. */
    private static void runHandlers(State state, ThreadState ts) {
        Long signum = state.pending.poll();
        if (signum == null) {
            signum = SIGINT;
        }
        for (; signum != null; signum = state.pending.poll()) {
            PyObject handler = state.handler(signum);
            if (handler instanceof PyInt action) {
                if (action.value == SIG_DFL && signum == SIGINT) {
                    throw PyErrors.keyboardInterrupt();
                }
                continue;
            }
            PyObject number = PyInt.of(ts, signum);
            PyObject frame = FrameObject.current(ts);
            try {
                ts.decref(ts.call(handler, number, frame));
            } finally {
                ts.decref(number);
                ts.decref(frame);
            }
        }
    }
}
