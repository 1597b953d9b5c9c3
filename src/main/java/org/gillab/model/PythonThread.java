package org.gillab.model;

import java.time.Duration;
import org.gillab.model.vm.Threads;

/** A Python thread started from Java with {@link Interpreter#startThread}: join it like threading.Thread. */
public final class PythonThread {
    private final Threads.Running thread;

    PythonThread(Threads.Running thread) {
        this.thread = thread;
    }

    public String name() {
        return thread.name();
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    /** Waits until the thread has ended (it does not hold the GIL while it waits). */
    public void join() throws InterruptedException {
        thread.join();
    }

    /** Waits at most {@code timeout}; true when the thread has ended. */
    public boolean join(Duration timeout) throws InterruptedException {
        return thread.join(timeout);
    }

    /** The Python exception that ended the thread, or null when it returned normally. */
    public PythonException failure() {
        return thread.failure();
    }

    @Override
    public String toString() {
        return "<PythonThread(" + thread.name() + ", " + (thread.isAlive() ? "started" : "stopped") + ")>";
    }
}
