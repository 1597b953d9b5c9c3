package org.gillab.model.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever the variant, only one thread at a time runs "bytecode", and what it protects stays exact. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MutualExclusionTest {
    private static final int THREADS = 4;
    private static final int STEPS = 20_000;

    private final AtomicReference<GilThread> holder = new AtomicReference<>();
    private final AtomicInteger doubleHolds = new AtomicInteger();
    /** Incremented by read-add-write without atomics, like a reference count: only the lock keeps it exact. */
    private long counter;

    @ParameterizedTest
    @EnumSource(value = GilKind.class, names = {"NEW", "OLD"})
    void anUnsynchronizedCounterComesOutExactAndNoTwoThreadsHoldAtOnce(GilKind kind) throws Exception {
        // A short interval and a short check interval make the threads switch often.
        Gil gil = Gil.create(kind, new GilSettings(TimeUnit.MICROSECONDS.toNanos(50), 5, 0));
        AtomicLong steps = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        try (Workers workers = new Workers()) {
            for (int i = 0; i < THREADS; i++) {
                GilThread me = new GilThread("worker-" + i);
                boolean blocksNowAndThen = i % 2 == 0;
                workers.start(me.name(), () -> {
                    start.await();
                    gil.take(me);
                    for (int step = 1; step <= STEPS; step++) {
                        bytecode(me);
                        steps.incrementAndGet();
                        if (blocksNowAndThen && step % 1000 == 0) {
                            gil.drop(me); // a blocking call
                            gil.take(me);
                        }
                        gil.checkpoint(me);
                    }
                    gil.drop(me);
                });
            }
            start.countDown();
            workers.joinAll();
        }
        assertEquals(0, doubleHolds.get(), "two threads held the lock at once");
        assertEquals(THREADS * STEPS, steps.get());
        assertEquals(THREADS * STEPS, counter);
        GilStats stats = gil.stats();
        assertEquals(THREADS, stats.threads().size());
        long blockingCalls = THREADS / 2 * (STEPS / 1000);
        long acquisitions = stats.threads().stream().mapToLong(GilStats.ThreadStats::acquisitions).sum();
        assertTrue(acquisitions >= THREADS + blockingCalls, "every take after a blocking call begins a hold: " + stats);
    }

    /** One "instruction" that must not interleave with another thread's. */
    private void bytecode(GilThread me) {
        if (!holder.compareAndSet(null, me)) {
            doubleHolds.incrementAndGet();
        }
        long value = counter;
        counter = value + 1;
        if (!holder.compareAndSet(me, null)) {
            doubleHolds.incrementAndGet();
        }
    }
}
