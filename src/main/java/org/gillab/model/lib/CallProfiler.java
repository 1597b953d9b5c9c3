package org.gillab.model.lib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.object.Args;
import org.gillab.model.object.ProfileHook;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * The statistics of _lsprof.Profiler (Modules/_lsprof.c): per function its calls, the calls made while
 * an outer call of it was still running (recursive calls), its inline time (tottime) and its total
 * time counted once per outermost call (cumtime); and the same per caller-callee pair. A return whose
 * call came before the profiler was enabled is ignored; disable charges the calls still running up to
 * that moment, as lsprof's flush_unmatched does.
 */
final class CallProfiler implements ProfileHook {
    /** One function's statistics; {@code code} is its PyCode or, for a native function, its label (owned). */
    static final class Stats {
        final PyObject code;
        long calls;
        long recursiveCalls;
        long totalNanos;
        long inlineNanos;
        int running;
        final Map<Stats, Stats> callees = new LinkedHashMap<>();

        Stats(PyObject code) {
            this.code = code;
        }

        /** The statistics of this function's calls made from {@code caller}. */
        Stats from(Stats caller) {
            return caller.callees.computeIfAbsent(this, callee -> new Stats(code));
        }

        /** A call that ran {@code total} nanoseconds, {@code inline} of them outside the calls it made. */
        void count(long total, long inline) {
            calls++;
            inlineNanos += inline;
            if (--running == 0) {
                totalNanos += total;
            } else {
                recursiveCalls++;
            }
        }
    }

    /**
     * A call still running: its function's statistics, its caller pair's, its start, the time its own
     * calls took. A frame the profiler does not count has no statistics.
     */
    private static final class Running {
        final Stats function;
        final Stats pair;
        final long start = System.nanoTime();
        long inCalls;

        Running(Stats function, Stats pair) {
            this.function = function;
            this.pair = pair;
        }
    }

    private final Map<Object, Stats> functions = new LinkedHashMap<>();
    private final ArrayDeque<Running> running = new ArrayDeque<>();
    private ThreadState thread;
    /** The _lsprof.Profiler whose statistics these are: what sys.getprofile returns while it profiles. */
    private PyObject owner;
    private boolean subcalls;
    private boolean builtins;

    /** Starts profiling {@code ts}'s calls (the thread that calls enable, as CPython's is). */
    void enable(ThreadState ts, PyObject owner, boolean subcalls, boolean builtins) {
        this.thread = ts;
        this.owner = owner;
        this.subcalls = subcalls;
        this.builtins = builtins;
        ts.profileHook = this;
    }

    /** Stops profiling, charging the calls still running (disable's own call among them). */
    void disable(ThreadState ts) {
        while (!running.isEmpty()) {
            leave(null);
        }
        if (ts.profileHook == this) {
            ts.profileHook = null;
        }
    }

    /** The start of a frame that makes a generator, coroutine or async generator is not counted, as in CPython 3.11. */
    @Override
    public void enterCode(PyCode code, boolean fresh) {
        if (fresh && code.makesGenerator()) {
            running.push(new Running(null, null));
        } else {
            enter(code, code);
        }
    }

    @Override
    public boolean enterNative(PyObject callable, Args args) {
        if (!builtins) {
            return false;
        }
        String label = ProfileLabels.of(callable);
        if (label == null) {
            return false;
        }
        enter(label, null);
        return true;
    }

    private void enter(Object key, PyCode code) {
        Stats function = functions.computeIfAbsent(key,
                k -> new Stats(code != null ? thread.newRef(code) : new PyStr(thread, (String) k)));
        Running caller = running.peek();
        Stats pair = subcalls && caller != null ? function.from(caller.function) : null;
        function.running++;
        if (pair != null) {
            pair.running++;
        }
        running.push(new Running(function, pair));
    }

    @Override
    public PyObject owner() {
        return owner;
    }

    @Override
    public void leave(PyObject result) {
        Running call = running.poll();
        if (call == null || call.function == null) {
            return;
        }
        long total = System.nanoTime() - call.start;
        long inline = total - call.inCalls;
        Running caller = running.peek();
        if (caller != null) {
            caller.inCalls += total;
        }
        call.function.count(total, inline);
        if (call.pair != null) {
            call.pair.count(total, inline);
        }
    }

    /** The functions' statistics, in the order they were first called. */
    List<Stats> functions() {
        return new ArrayList<>(functions.values());
    }

    boolean subcalls() {
        return subcalls;
    }

    /** Forgets every statistic (clear), dropping the references to code objects and labels. */
    void clear(ThreadState ts) {
        running.clear();
        for (Stats s : functions.values()) {
            ts.decref(s.code);
        }
        functions.clear();
    }
}
