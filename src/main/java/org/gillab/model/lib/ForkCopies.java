package org.gillab.model.lib;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * What fork(2) gives a child of its parent that the model's children, which are new processes re-running the
 * program, must be given: copies of _thread's locks, held as the parent's were, and the file offsets a parent
 * and its child share (CPython's os.fork, Modules/posixmodule.c, and what follows from it). The pool uses this
 * for children whose start method is fork.
 */
public final class ForkCopies {
    private ForkCopies() {}

    /**
     * What a fork copies of a _thread lock: how deep it is held (0 or 1 for a plain lock), by which thread's
     * ident (0 for a plain lock), and whether by the thread that forks, which in the child is its only thread.
     */
    public record LockState(boolean reentrant, long count, long owner, boolean ownedByForker) {}

    /** The state a fork would copy of {@code o}, or null if {@code o} is not one of _thread's locks. */
    public static LockState lockState(PyObject o) {
        if (o instanceof ThreadLocks.Lock lock) {
            return new LockState(false, lock.locked() ? 1 : 0, 0, false);
        }
        if (o instanceof ThreadLocks.RLock lock) {
            long count = lock.count;
            return new LockState(true, count, count > 0 ? lock.owner : 0, lock.ownedByCaller());
        }
        return null;
    }

    /**
     * A lock as a forked child has it (a new reference): held as the parent's was, and an RLock the forking
     * thread held is held by the calling thread, which stands for it; one held by another thread stays held
     * by that thread, which the child does not have (CPython's child can never take it either).
     */
    public static PyObject lockCopy(ThreadState ts, LockState state) {
        PyDict thread = ((InterpreterState) ts.invoker()).importModule(ts, "_thread").dict();
        PyType type = (PyType) thread.get(state.reentrant() ? "RLock" : "LockType");
        if (!state.reentrant()) {
            ThreadLocks.Lock lock = new ThreadLocks.Lock(ts, type);
            lock.permit.acquireUninterruptibly(state.count() > 0 ? 1 : 0);
            return lock;
        }
        ThreadLocks.RLock lock = new ThreadLocks.RLock(ts, type);
        if (state.count() > 0) {
            lock.permit.acquireUninterruptibly();
            lock.owner = state.ownedByForker() ? ThreadModule.ident() : state.owner();
            lock.count = state.count();
        }
        return lock;
    }

    /**
     * What a fork copies of a file open for writing under a path ({@code open(name, mode)}, its buffer or its
     * raw file): the call that opens the child's copy, as (name, mode, buffering, encoding, errors) for open().
     * The copy appends, as the offset it shares with the parent's moves to the end with every write; null
     * for anything else (a file opened to read, a closed one, sys.stdout), which pickle then refuses.
     */
    public static List<Object> fileCopy(ThreadState ts, PyObject o) {
        String type = o.type().name();
        if (!FILE_TYPES.contains(type)) {
            return null;
        }
        PyObject closed = o.getAttr(ts, "closed");
        boolean open = !closed.truthy();
        ts.decref(closed);
        String name = attribute(ts, o, "name");
        String mode = attribute(ts, o, "mode");
        if (!open || name == null || name.startsWith("<") || mode == null || mode.startsWith("r")) {
            return null;
        }
        boolean text = type.equals("_io.TextIOWrapper");
        return Arrays.asList(name, "a" + mode.substring(1), type.equals("_io.FileIO") ? 0L : -1L,
                text ? attribute(ts, o, "encoding") : null, text ? attribute(ts, o, "errors") : null);
    }

    private static final Set<String> FILE_TYPES = Set.of("_io.TextIOWrapper", "_io.BufferedWriter", "_io.BufferedRandom", "_io.FileIO");

    /** o's attribute {@code name} if it is a str, else null. */
    private static String attribute(ThreadState ts, PyObject o, String name) {
        PyObject value = o.getAttr(ts, name);
        try {
            return value instanceof PyStr s ? s.value : null;
        } finally {
            ts.decref(value);
        }
    }

    /**
     * From now on, a file open for writing in this process writes at its end, as a forked child's copy
     * shares the parent's offset: each one's lines follow the other's, where separate offsets would write
     * over them (a log file the parent and its children all write). The child opens its copies to append.
     */
    public static void shareFileOffsets() {
        IoModule.FileIO.shareOffsets();
    }
}
