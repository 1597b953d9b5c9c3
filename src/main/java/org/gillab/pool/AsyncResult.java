package org.gillab.pool;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The result of a task given to a {@link ProcessPool}, like CPython's multiprocessing AsyncResult.
 *
 * <p>{@link #get()} returns the function's value, or throws what went wrong:
 * {@link PoolTaskException} (the function raised; the worker's traceback included),
 * {@link WorkerDiedException} (its worker was killed), {@link UnsendableValueException} (the
 * result cannot travel back), {@link CancellationException} (the pool was terminated).
 *
 * <p>Interrupting the thread that waits (a notebook cell's interrupt) stops the wait and
 * terminates the whole pool, as a KeyboardInterrupt does under CPython's {@code with Pool()}: the
 * workers are busy with tasks nobody will collect, and a pool with some of them killed has no
 * clear state. The waiting call then throws CancellationException, with the interrupt flag set.
 */
public final class AsyncResult {
    private final CompletableFuture<Object> value = new CompletableFuture<>();
    private final String task;
    private final ProcessPool pool;

    AsyncResult(String task, ProcessPool pool) {
        this.task = task;
        this.pool = pool;
    }

    /** Waits as long as it takes, then returns the value or throws the task's error. */
    public Object get() {
        try {
            return await(value::get);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** Waits at most timeout: TimeoutException if the task is not done by then (it keeps running). */
    public Object get(Duration timeout) throws TimeoutException {
        try {
            return await(() -> value.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (TimeoutException e) {
            TimeoutException clear = new TimeoutException(task + " did not finish within " + timeout.toMillis() + " ms");
            clear.initCause(e);
            throw clear;
        }
    }

    /** Waits until the task is done, well or not; get() then tells how. */
    public void waitFor() {
        try {
            await(value::get);
        } catch (ExecutionException | CancellationException | TimeoutException doneOrImpossible) {
            // done, though not well
        }
    }

    /** Waits at most timeout; returns whether the task is done. */
    public boolean waitFor(Duration timeout) {
        try {
            await(() -> value.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException notYet) {
            return false;
        } catch (ExecutionException | CancellationException failed) {
            // done, though not well
        }
        return true;
    }

    /** Waits until one of the results is ready (at most timeout, if not null): its index, or -1. */
    static int waitAny(List<AsyncResult> results, Duration timeout) {
        CompletableFuture<?>[] values = results.stream().map(r -> r.value).toArray(CompletableFuture[]::new);
        if (values.length == 0) {
            return -1;
        }
        AsyncResult pool = results.get(0);
        try {
            pool.await(() -> timeout == null ? CompletableFuture.anyOf(values).handle((v, e) -> null).get()
                    : CompletableFuture.anyOf(values).handle((v, e) -> null).get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException notYet) {
            return -1;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].isDone()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the task has finished, well or not. */
    public boolean ready() {
        return value.isDone();
    }

    /** Whether the pool was terminated before the task finished (CPython's result then never comes). */
    public boolean cut() {
        if (!value.isCompletedExceptionally()) {
            return false;
        }
        try {
            value.join();
            return false;
        } catch (CompletionException e) {
            return e.getCause() instanceof CancellationException;
        } catch (CancellationException e) {
            return true;
        }
    }

    /** Whether the task returned without error; like CPython, an error to ask before it is ready. */
    public boolean successful() {
        if (!ready()) {
            throw new IllegalStateException(task + " is not ready: call waitFor() or get() first");
        }
        return !value.isCompletedExceptionally();
    }

    @Override
    public String toString() {
        String state = !ready() ? "pending" : successful() ? "done" : "failed";
        return "AsyncResult[" + task + ", " + state + "]";
    }

    /**
     * Runs {@code action} once the task has finished, well or not (at once if it has), on the thread that
     * finished it; the returned future completes when the action has run.
     */
    CompletableFuture<Void> whenDone(Runnable action) {
        return value.handle((result, error) -> {
            action.run();
            return null;
        });
    }

    void complete(Object result) {
        value.complete(result);
    }

    void fail(RuntimeException error) {
        value.completeExceptionally(error);
    }

    private interface Wait {
        Object get() throws InterruptedException, ExecutionException, TimeoutException;
    }

    /**
     * Runs a wait; abandoning it terminates the pool. An interrupt (a cell's interrupt, Ctrl-C in the
     * model) turns into CancellationException; an Error such as the ThreadDeath of JShell's stop on
     * Java 17 goes on, after the terminate, so that no worker keeps running a task nobody collects.
     */
    private Object await(Wait wait) throws ExecutionException, TimeoutException {
        try {
            return wait.get();
        } catch (InterruptedException e) {
            throw interrupted();
        } catch (Error stopped) {
            pool.terminate();
            throw stopped;
        }
    }

    private CancellationException interrupted() {
        pool.terminate();
        Thread.currentThread().interrupt();
        return new CancellationException("interrupted while waiting for " + task + ": the pool was terminated");
    }
}
