package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What every lock kind must do alike, checked by each kind's test on its own lock. */
final class LockContracts {
    private LockContracts() {}

    /** How many times the thread called {@code name} took the lock. */
    static long acquisitionsOf(Gil gil, String name) {
        return gil.stats().threads().stream().filter(t -> t.name().equals(name))
                .mapToLong(GilStats.ThreadStats::acquisitions).sum();
    }

    /**
     * A thread waiting in take() is interrupted: it gets InterruptedException, never the lock, and the
     * lock still works for the others. {@code waitingState} is how the kind's waiter waits.
     */
    static void anInterruptEndsAWaitAndLeavesTheLockUsable(Gil gil, Thread.State waitingState) throws Exception {
        GilThread holder = new GilThread("holder");
        gil.take(holder);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        try (Workers workers = new Workers()) {
            Thread waiting = workers.start("interrupted", () -> {
                try {
                    gil.take(new GilThread("interrupted"));
                    outcome.complete(null);
                } catch (InterruptedException expected) {
                    outcome.complete(expected);
                }
            });
            Workers.awaitState(waiting, waitingState);
            waiting.interrupt();
            assertInstanceOf(InterruptedException.class, outcome.get(10, TimeUnit.SECONDS));
            workers.joinAll();

            gil.drop(holder);
            GilThread next = new GilThread("next");
            workers.start("next", () -> {
                gil.take(next);
                gil.drop(next);
            });
            workers.joinAll();
        }
        assertEquals(0, acquisitionsOf(gil, "interrupted"));
        assertEquals(1, acquisitionsOf(gil, "next"));
    }
}
