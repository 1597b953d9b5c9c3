package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** Plain Java threads that drive a lock in a test; failures are rethrown and none is left behind. */
final class Workers implements AutoCloseable {
    interface Body {
        void run() throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    Thread start(String name, Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable failure) {
                failures.add(failure);
            }
        }, name);
        threads.add(thread);
        thread.start();
        return thread;
    }

    /** Waits for every worker to end and rethrows the first failure. */
    void joinAll() throws Exception {
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(thread.isAlive(), thread.getName() + " did not end");
        }
        Throwable failure = failures.peek();
        if (failure instanceof Exception exception) {
            throw exception;
        } else if (failure instanceof Error error) {
            throw error;
        }
    }

    /** Blocks until the thread is parked in a wait of the given kind (it reached the lock's wait). */
    static void awaitState(Thread thread, Thread.State state) {
        while (thread.getState() != state) {
            assertFalse(thread.getState() == Thread.State.TERMINATED, thread.getName() + " ended early");
            Thread.yield();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Thread thread : threads) {
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
        for (Thread thread : threads) {
            assertFalse(thread.isAlive(), thread.getName() + " was left behind");
        }
    }
}
