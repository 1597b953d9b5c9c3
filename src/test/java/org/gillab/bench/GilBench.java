package org.gillab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.gillab.model.gil.Gil;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilSettings;
import org.gillab.model.gil.GilStats;
import org.gillab.model.gil.GilThread;

/**
 * The locks alone, without the VM: Java threads run a "bytecode-like" countdown that calls
 * {@link Gil#checkpoint} once per iteration, as the eval loop does at JUMP_BACKWARD, and the
 * benchmark prints them beside the figures measured on real CPython (shared/reference/cpython-gil.md).
 *
 * <p>Run by hand (it takes about a minute): {@code bench/gil [overhead] [threads] [intervals] [io] [old] [free]}.
 */
public final class GilBench {
    private static final long ITERATIONS = 50_000_000L;
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        Set<String> chosen = Set.of(args.length == 0
                ? new String[] {"overhead", "threads", "intervals", "io", "old", "free"} : args);
        System.out.printf(Locale.ROOT, "GIL-only benchmark on %d cores, Java %s (the machine may be loaded: compare ratios)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        warmUp();
        if (chosen.contains("overhead")) {
            overhead();
        }
        if (chosen.contains("threads")) {
            threads(GilKind.NEW, ITERATIONS, "CPython 3.11: 2 threads 1.00, 4 threads 0.93-1.04");
        }
        if (chosen.contains("intervals")) {
            intervals();
        }
        if (chosen.contains("io")) {
            io();
        }
        if (chosen.contains("old")) {
            threads(GilKind.OLD, ITERATIONS / 5, "CPython 2.x on multicore: clearly above 1");
        }
        if (chosen.contains("free")) {
            threads(GilKind.FREE, ITERATIONS, "no lock on 2 cores: about 0.5");
        }
    }

    /** The work of one loop iteration (a few dependent multiplies, ~ 9 bytecodes), then the check. */
    static long countdown(Gil gil, GilThread me, long n) throws InterruptedException {
        long acc = n;
        while (n > 0) {
            acc = step(acc, n);
            n--;
            gil.checkpoint(me);
        }
        return acc;
    }

    /** The same loop with no lock at all: the baseline of the GIL machinery's overhead. */
    static long bareCountdown(long n) {
        long acc = n;
        while (n > 0) {
            acc = step(acc, n);
            n--;
        }
        return acc;
    }

    private static long step(long acc, long n) {
        for (int i = 0; i < 6; i++) {
            acc = (acc ^ (acc >>> 29)) * 0xbf58476d1ce4e5b9L + n;
        }
        return acc;
    }

    private static void warmUp() throws Exception {
        Gil gil = Gil.create(GilKind.NEW, GilSettings.DEFAULT);
        for (int i = 0; i < 5; i++) {
            runThreads(gil, 2, 2_000_000);
            sink += bareCountdown(2_000_000);
        }
    }

    private static void overhead() throws Exception {
        Gil gil = Gil.create(GilKind.NEW, GilSettings.DEFAULT);
        long bare1 = time(() -> sink += bareCountdown(ITERATIONS));
        long locked = runThreads(gil, 1, ITERATIONS);
        long bare2 = time(() -> sink += bareCountdown(ITERATIONS));
        double bare = (bare1 + bare2) / 2.0;
        System.out.printf(Locale.ROOT, "%n[overhead] one thread x %,d: no lock %s, new GIL %s -> overhead %+.1f%% (target < 5%%)%n",
                ITERATIONS, seconds(bare), seconds(locked), 100 * (locked / bare - 1));
    }

    /** 1 thread x n, then 2 x n/2 and 4 x n/4, then 1 x n again: ratios to the mean single time. */
    private static void threads(GilKind kind, long n, String target) throws Exception {
        Gil gil = Gil.create(kind, GilSettings.DEFAULT);
        long single1 = runThreads(gil, 1, n);
        gil.resetStats();
        long two = runThreads(gil, 2, n);
        GilStats twoStats = gil.stats();
        gil.resetStats();
        long four = runThreads(gil, 4, n);
        GilStats fourStats = gil.stats();
        long single2 = runThreads(gil, 1, n);
        double single = (single1 + single2) / 2.0;
        System.out.printf(Locale.ROOT, "%n[%s] countdown %,d: 1 thread %s (%s, %s), 2 threads %s -> %.2f, 4 threads %s -> %.2f (%s)%n",
                kind.name().toLowerCase(Locale.ROOT), n, seconds(single), seconds(single1), seconds(single2),
                seconds(two), two / single, seconds(four), four / single, target);
        printLockUse(2, twoStats, two);
        printLockUse(4, fourStats, four);
    }

    private static void printLockUse(int threads, GilStats stats, long wall) {
        if (stats.kind() == GilKind.FREE) {
            return;
        }
        long held = stats.threads().stream().mapToLong(GilStats.ThreadStats::heldNanos).sum();
        System.out.printf(Locale.ROOT, "  %d threads: %d hand-offs, lock held %s of %s wall%n",
                threads, stats.handoffs(), seconds(held), seconds(wall));
    }

    private static void intervals() throws Exception {
        System.out.printf(Locale.ROOT, "%n[intervals] 2 threads x 10M (CPython, 20M in ~0.8 s: hand-offs 3185 / 378 / 39, median slice 0.60 / 5.15 / 50.2 ms)%n");
        for (double millis : new double[] {0.5, 5, 50}) {
            long interval = (long) (millis * 1e6);
            Gil gil = Gil.create(GilKind.NEW, new GilSettings(interval, 100, 100_000));
            long elapsed = runThreads(gil, 2, 20_000_000);
            GilStats stats = gil.stats();
            System.out.printf(Locale.ROOT,
                    "  interval %4.1f ms: %s, hand-offs %5d (runtime/interval %6.0f), drop requests %5d, median slice %7.3f ms%n",
                    millis, seconds(elapsed), stats.handoffs(), (double) elapsed / interval, stats.dropRequests(),
                    stats.medianHoldNanos() / 1e6);
        }
    }

    private static void io() throws Exception {
        System.out.printf(Locale.ROOT, "%n[io] 1000 x (drop; take), i.e. time.sleep(0): alone, then beside a CPU-bound thread (CPython: 0.06 -> 5.30 ms per call at 5 ms, 0.78 ms at 0.5 ms)%n");
        for (double millis : new double[] {5, 0.5}) {
            Gil gil = Gil.create(GilKind.NEW, new GilSettings((long) (millis * 1e6), 100, 0));
            double alone = ioCalls(gil, false);
            double beside = ioCalls(gil, true);
            System.out.printf(Locale.ROOT, "  interval %3.1f ms: alone %.4f ms per call, beside a CPU-bound thread %.3f ms per call (%.2f intervals)%n",
                    millis, alone, beside, beside / millis);
        }
    }

    /** Milliseconds per blocking call made by one thread, with or without a CPU-bound thread beside it. */
    private static double ioCalls(Gil gil, boolean withCpuThread) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch cpuRunning = new CountDownLatch(1);
        Thread cpu = null;
        if (withCpuThread) {
            GilThread me = new GilThread("cpu");
            cpu = start("cpu", failure, () -> {
                gil.take(me);
                cpuRunning.countDown();
                while (!done.get()) {
                    sink += countdown(gil, me, 100_000);
                }
                gil.drop(me);
            });
            cpuRunning.await();
        }
        GilThread io = new GilThread("io");
        long start = System.nanoTime();
        gil.take(io);
        for (int i = 0; i < 1000; i++) {
            gil.drop(io);
            // The blocking call itself. CPython's time.sleep(0) is a real nanosleep(0), which keeps the
            // thread off the CPU for the kernel's timer slack (~50 us): long enough for the woken
            // waiter to take the lock. parkNanos(1) does the same.
            LockSupport.parkNanos(1);
            gil.take(io);
        }
        gil.drop(io);
        long elapsed = System.nanoTime() - start;
        done.set(true);
        if (cpu != null) {
            cpu.join();
        }
        rethrow(failure);
        return elapsed / 1e6 / 1000;
    }

    /** Runs {@code threads} threads that each count down {@code total / threads} under the lock; returns the wall time. */
    private static long runThreads(Gil gil, int threads, long total) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            GilThread me = new GilThread("Thread-" + i);
            workers.add(start(me.name(), failure, () -> {
                start.await();
                gil.take(me);
                sink += countdown(gil, me, total / threads);
                gil.drop(me);
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - begin;
        rethrow(failure);
        return elapsed;
    }

    interface Body {
        void run() throws Exception;
    }

    private static Thread start(String name, AtomicReference<Throwable> failure, Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }, name);
        thread.start();
        return thread;
    }

    private static void rethrow(AtomicReference<Throwable> failure) throws Exception {
        if (failure.get() != null) {
            throw new IllegalStateException("a benchmark thread failed", failure.get());
        }
    }

    private static long time(Runnable work) {
        long begin = System.nanoTime();
        work.run();
        return System.nanoTime() - begin;
    }

    private static String seconds(double nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
