package org.gillab.model.lib;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Set;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.FatalSignal;
import org.gillab.model.vm.InterpreterState;

/**
 * The _signal module (Modules/signalmodule.c; signal.py wraps it in enums as CPython's Lib/signal.py does):
 * Linux's signal numbers, and handlers that
 * run in the main thread between bytecodes. The model receives one signal from outside, SIGINT: an
 * interrupt of the main thread (Ctrl-C at {@code gil-lab run}, a notebook's interrupt button), which
 * runs the SIGINT handler, default_int_handler (KeyboardInterrupt) unless signal.signal set another.
 * raise_signal, pthread_kill, os.kill of the model's own process, _thread.interrupt_main and the interval
 * timers (alarm, setitimer) deliver any signal the same way. A signal delivered again before its handler
 * ran is handled once, as CPython's tripped flags are. A signal whose handler is SIG_DFL does its default
 * action: SIGINT is KeyboardInterrupt (CPython's process would die of it), a signal that terminates ends
 * the program ({@link FatalSignal}), and one that stops or is ignored by default is ignored.
 */
final class SignalModule {
    private SignalModule() {}

    static final long SIGINT = 2;
    private static final long SIG_DFL = 0;
    private static final long SIG_IGN = 1;
    private static final long NSIG = 65;
    private static final long SIGKILL = 9;
    private static final long SIGSTOP = 19;
    private static final long SIGALRM = 14;
    private static final long SIGVTALRM = 26;
    private static final long SIGPROF = 27;
    /** What SIG_DFL does with these: nothing (SIGCHLD, SIGCONT, SIGURG, SIGWINCH) or stop the process, which the model does not. */
    private static final Set<Long> DEFAULT_NOT_FATAL = Set.of(17L, 18L, 23L, 28L, SIGSTOP, 20L, 21L, 22L);

    /** signal.ItimerError (itimer_error): setitimer(2) and getitimer(2) failing. */
    private static final PyType ITIMER_ERROR = PyType.builder("itimer_error").base(PyErrors.OS_ERROR).subclassable()
            .attribute("__module__", PyStr.constant("signal")).build();
    /** The timers by setitimer's {@code which}: ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF. */
    private static final String[] TIMER_NAMES = {"ITIMER_REAL", "ITIMER_VIRTUAL", "ITIMER_PROF"};

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
     * reference-count checker sees them), the signals delivered but not yet handled, and its interval timers.
     */
    private static final class State {
        final PyDict handlers = PyDict.immortal();
        /** The delivered signals, bit signum - 1 for each (CPython's tripped flags), guarded by this. */
        private long pending;
        /** How many Python handlers have run: pause() returns once one has. Main thread only. */
        volatile long handled;
        /** By setitimer's which; ITIMER_REAL is also alarm's. */
        final IntervalTimer[] timers = new IntervalTimer[TIMER_NAMES.length];

        PyObject handler(long signum) {
            return handlers.get(PyInt.constant(signum));
        }

        /** Marks {@code signals} pending and interrupts the main thread, together, so that {@link #take} accounts for the interrupt. */
        synchronized void trip(InterpreterState interp, long signals) {
            pending |= signals;
            interp.interruptMain();
        }

        /**
         * In the main thread: the pending signals, none left pending, and the interrupts that delivered them
         * cleared. An interrupt from outside arriving at the same moment is taken for theirs.
         */
        synchronized long take() {
            long signals = pending;
            pending = 0;
            Thread.interrupted();
            return signals;
        }
    }

    static PyModule create(InterpreterState interp) {
        PyBuiltin defaultIntHandler = new PyBuiltin("default_int_handler", args -> {
            throw PyErrors.keyboardInterrupt();
        });
        State state = new State();
        STATES.put(interp, state);
        state.timers[0] = new IntervalTimer("signal timer ITIMER_REAL", System::nanoTime, 1, () -> deliver(interp, SIGALRM));
        // the virtual and profiling timers count the CPU time of the threads running the program's Python code
        int processors = Runtime.getRuntime().availableProcessors();
        state.timers[1] = new IntervalTimer("signal timer ITIMER_VIRTUAL", interp::processCpuNanos, processors,
                () -> deliver(interp, SIGVTALRM));
        state.timers[2] = new IntervalTimer("signal timer ITIMER_PROF", interp::processCpuNanos, processors,
                () -> deliver(interp, SIGPROF));
        interp.onClose(() -> {
            for (IntervalTimer timer : state.timers) {
                timer.disarm();
            }
        });
        PyModule module = new PyModule("_signal", true)
                .add("SIG_DFL", PyInt.constant(SIG_DFL))
                .add("SIG_IGN", PyInt.constant(SIG_IGN))
                .add("NSIG", PyInt.constant(NSIG))
                .add("default_int_handler", defaultIntHandler)
                .add("_handlers", state.handlers)
                .add("ItimerError", ITIMER_ERROR)
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
                    String description = description(signalNumber(args.get(0)));
                    return description == null ? PyNone.NONE : new PyStr(args.thread(), description);
                })
                .function("pthread_kill", args -> {
                    args.checkPositional("pthread_kill", "_signal.pthread_kill", 2, 2);
                    if (Numbers.asInt(args.get(0)) == null) {
                        throw PyErrors.badArgument("pthread_kill() argument 1", "int", args.get(0));
                    }
                    // every thread's signal runs its handler in the main thread, whichever thread it is sent to
                    int signum = Convert.toInt(args.get(1), "pthread_kill");
                    if (signum < 0 || signum >= NSIG) {
                        throw PyErrors.osError(Errno.EINVAL, null);
                    }
                    if (signum != 0) {
                        deliver(interp, signum);
                    }
                    return PyNone.NONE;
                })
                .function("siginterrupt", args -> {
                    // PEP 475 retries an interrupted call whatever SA_RESTART says: only the checks remain
                    args.checkPositional("siginterrupt", "_signal.siginterrupt", 2, 2);
                    long signum = signalNumber(args.get(0));
                    Convert.toInt(args.get(1), "siginterrupt");
                    if (signum == SIGKILL || signum == SIGSTOP) {
                        throw PyErrors.osError(Errno.EINVAL, null);
                    }
                    return PyNone.NONE;
                })
                .function("alarm", args -> {
                    int seconds = Convert.toInt(args.oneArg("_signal.alarm"), "alarm");
                    // alarm(2) takes an unsigned int: -1 is 4294967295 seconds
                    IntervalTimer.Setting old = state.timers[0].set(Integer.toUnsignedLong(seconds) * 1_000_000_000L, 0);
                    return PyInt.of(args.thread(), alarmSeconds(old.remaining()));
                })
                .function("setitimer", args -> {
                    args.checkPositional("setitimer", "_signal.setitimer", 2, 3);
                    int which = Convert.toInt(args.get(0), "setitimer");
                    long value = timeval(args.get(1));
                    long interval = args.size() > 2 ? timeval(args.get(2)) : 0;
                    if (value < 0 || interval < 0) {
                        throw PyErrors.raiseWith(ITIMER_ERROR, PyInt.constant(Errno.EINVAL.code), PyStr.constant(Errno.EINVAL.message));
                    }
                    return setting(args.thread(), timer(state, which).set(value, interval));
                })
                .function("getitimer", args -> {
                    int which = Convert.toInt(args.oneArg("_signal.getitimer"), "getitimer");
                    return setting(args.thread(), timer(state, which).get());
                })
                .function("pause", args -> {
                    args.noArgs("_signal.pause");
                    pause(interp, state, args.thread());
                    return PyNone.NONE;
                })
                .function("set_wakeup_fd", args -> setWakeupFd(interp, args));
        for (Object[] s : SIGNALS) {
            module.add((String) s[0], PyInt.constant((int) s[1]));
        }
        for (int which = 0; which < TIMER_NAMES.length; which++) {
            module.add(TIMER_NAMES[which], PyInt.constant(which));
        }
        Map<PyObject, PyObject> handlers = state.handlers.entries();
        for (long n = 1; n < NSIG; n++) {
            handlers.put(PyInt.constant(n), PyInt.constant(SIG_DFL));
        }
        handlers.put(PyInt.constant(SIGINT), defaultIntHandler);
        handlers.put(PyInt.constant(13), PyInt.constant(SIG_IGN)); // CPython ignores SIGPIPE and SIGXFSZ at start-up
        handlers.put(PyInt.constant(25), PyInt.constant(SIG_IGN));
        interp.onInterrupt(ts -> runHandlers(interp, state, ts));
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
        requireMainThread(interp, "signal");
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
        state.handlers.put(ts, PyInt.constant(signum), handler);
        return old;
    }

    /** What only the main thread may call: ValueError in a thread the program started. */
    private static void requireMainThread(InterpreterState interp, String function) {
        if (interp.threads().isStarted(Thread.currentThread())) {
            throw PyErrors.valueError(function + " only works in main thread of the main interpreter");
        }
    }

    /** strsignal(3)'s description of a signal, or null (the real-time signals have none). */
    private static String description(long signum) {
        for (Object[] s : SIGNALS) {
            if ((int) s[1] == signum && s[2] != null) {
                return (String) s[2];
            }
        }
        return null;
    }

    /** The timer setitimer's {@code which} names; ItimerError (EINVAL) for another number. */
    private static IntervalTimer timer(State state, int which) {
        if (which < 0 || which >= state.timers.length) {
            throw PyErrors.raiseWith(ITIMER_ERROR, PyInt.constant(Errno.EINVAL.code), PyStr.constant(Errno.EINVAL.message));
        }
        return state.timers[which];
    }

    /** Seconds (an int or a float) as a struct timeval takes them: nanoseconds rounded up to a microsecond. */
    private static long timeval(PyObject seconds) {
        long nanos = Timeouts.nanos(seconds);
        return -Math.floorDiv(-nanos, 1000L) * 1000L;
    }

    /** A timer's setting as setitimer and getitimer return it: (delay, interval), floats of whole microseconds. */
    private static PyTuple setting(ThreadState ts, IntervalTimer.Setting setting) {
        return new PyTuple(ts, new PyObject[] {
                new PyFloat(ts, seconds(setting.remaining())), new PyFloat(ts, seconds(setting.interval()))});
    }

    private static double seconds(long nanos) {
        long micros = nanos / 1000;
        return micros / 1_000_000 + (micros % 1_000_000) / 1e6;
    }

    /** What alarm(2) returns of the old alarm: whole seconds, rounded to the nearest, and at least 1 if it was armed. */
    private static long alarmSeconds(long nanos) {
        long micros = nanos / 1000;
        long seconds = micros / 1_000_000;
        long rest = micros % 1_000_000;
        return seconds == 0 && rest > 0 || rest >= 500_000 ? seconds + 1 : seconds;
    }

    /**
     * pause(2): waits, without the GIL, until a signal's Python handler has run (one that raises ends the
     * wait with its exception); a signal that is ignored does not end it.
     */
    private static void pause(InterpreterState interp, State state, ThreadState ts) {
        long before = state.handled;
        interp.allowThreads(ts, () -> {
            while (state.handled == before) {
                Thread.sleep(Long.MAX_VALUE); // an interrupt runs the handlers, then allowThreads calls again
            }
            return null;
        });
    }

    /**
     * set_wakeup_fd(fd, *, warn_on_full_buffer=True): the model's descriptors are not its process's, so
     * there is none a signal could be written to; -1 (none, the only setting there is) is accepted.
     */
    private static PyObject setWakeupFd(InterpreterState interp, Args args) {
        PyObject[] bound = args.bind("set_wakeup_fd", 1, 1, "fd", "warn_on_full_buffer");
        int fd = Convert.toInt(bound[0], "set_wakeup_fd");
        requireMainThread(interp, "set_wakeup_fd");
        if (fd != -1) {
            throw PyErrors.notImplementedError("signal.set_wakeup_fd: the model has no descriptor of its process that a signal"
                    + " could be written to; only -1 (no wakeup descriptor) is accepted");
        }
        return PyInt.constant(-1);
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
        state.trip(interp, bit(signum));
    }

    private static long bit(long signum) {
        return 1L << (signum - 1);
    }

    /**
     * In the main thread, holding the GIL: the handlers of the signals delivered, lowest number first, as
     * _PyErr_CheckSignals calls them; an outside interrupt is SIGINT. When a handler raises, the signals
     * after it stay pending for the next check point.
     */
    private static void runHandlers(InterpreterState interp, State state, ThreadState ts) {
        long tripped = state.take();
        if (tripped == 0) {
            tripped = bit(SIGINT);
        }
        for (long signum = 1; signum < NSIG; signum++) {
            if ((tripped & bit(signum)) == 0) {
                continue;
            }
            try {
                runHandler(state, ts, signum);
            } catch (RuntimeException | Error e) {
                long later = tripped & ~((bit(signum) << 1) - 1); // the signals numbered above signum
                if (later != 0) {
                    state.trip(interp, later);
                }
                throw e;
            }
        }
    }

    /** The handler of one signal: a Python function, or SIG_IGN, or SIG_DFL's default action. */
    private static void runHandler(State state, ThreadState ts, long signum) {
        PyObject handler = state.handler(signum);
        if (handler instanceof PyInt action) {
            if (action.value == SIG_DFL) {
                defaultAction(signum);
            }
            return;
        }
        state.handled++;
        PyObject number = PyInt.of(ts, signum);
        PyObject frame = FrameObject.current(ts);
        try {
            ts.decref(ts.call(handler, number, frame));
        } finally {
            ts.decref(number);
            ts.decref(frame);
        }
    }

    /** SIG_DFL: SIGINT is KeyboardInterrupt, signals that stop or are ignored by default do nothing, the others end the program. */
    private static void defaultAction(long signum) {
        if (signum == SIGINT) {
            throw PyErrors.keyboardInterrupt();
        }
        if (!DEFAULT_NOT_FATAL.contains(signum)) {
            throw new FatalSignal((int) signum, description(signum));
        }
    }
}
