package org.gillab.model.vm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gillab.model.object.ThreadState;

/**
 * importlib._bootstrap's module locks: a module is in sys.modules while its code runs (so a circular
 * import sees it), and a thread that imports it from elsewhere meanwhile waits until that code has run
 * (_lock_unlock_module), without the GIL, instead of taking a module whose names are not there yet. A
 * thread never waits for a module it is running itself, nor when waiting would deadlock: when the
 * thread running the module waits, through a chain of such waits, for one this thread runs
 * (_ModuleLock.has_deadlock); both then go on with what has run, as in CPython.
 */
final class ModuleLocks {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    /** Each module whose code runs, and the thread running it. */
    private final Map<String, ThreadState> running = new HashMap<>();
    /** Each thread that waits, and the module it waits for. */
    private final Map<ThreadState, String> waitingFor = new HashMap<>();

    /** {@code ts} starts running module {@code name}'s code. */
    void started(ThreadState ts, String name) {
        lock.lock();
        try {
            running.put(name, ts);
        } finally {
            lock.unlock();
        }
    }

    /** The code of module {@code name} has run (or failed): whoever waits for it goes on. */
    void finished(String name) {
        lock.lock();
        try {
            running.remove(name);
            finished.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code ts} must wait for another thread to finish running module {@code name}. */
    boolean mustWait(ThreadState ts, String name) {
        lock.lock();
        try {
            ThreadState owner = running.get(name);
            return owner != null && owner != ts && !deadlocks(ts, name);
        } finally {
            lock.unlock();
        }
    }

    /** Waits (the caller has released the GIL) until module {@code name} has run, or waiting would deadlock. */
    void awaitFinished(ThreadState ts, String name) throws InterruptedException {
        lock.lock();
        try {
            waitingFor.put(ts, name);
            while (running.containsKey(name) && !deadlocks(ts, name)) {
                finished.await();
            }
        } finally {
            waitingFor.remove(ts);
            lock.unlock();
        }
    }

    /** Whether the thread running {@code name} waits, directly or through others, for a module {@code ts} runs. */
    private boolean deadlocks(ThreadState ts, String name) {
        ThreadState owner = running.get(name);
        for (int hops = 0; owner != null && hops <= waitingFor.size(); hops++) {
            if (owner == ts) {
                return true;
            }
            String awaited = waitingFor.get(owner);
            owner = awaited == null ? null : running.get(awaited);
        }
        return false;
    }
}
