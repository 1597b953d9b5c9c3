package org.gillab.evaluator;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Runs notebook cells in a JShell whose code executes in this JVM, so cells call the project's classes
 * and {@link org.gillab.display.Display} directly. JShell starts warming up in the background as soon as
 * the evaluator is made; the first request that needs it waits for it.
 *
 * <p>All methods but {@link #interrupt()} must be called from one thread at a time (JShell is not
 * thread-safe); {@link #interrupt()} is meant to be called from another thread while a cell runs.
 */
public final class Evaluator implements AutoCloseable {
    private final CompletableFuture<ShellGenerations> shells = new CompletableFuture<>();
    private final BackgroundWarmUp warmUp = new BackgroundWarmUp();
    private volatile boolean interruptRequested;

    public Evaluator() {
        OutputRouting.install();
        warmUp.start(shells, ShellGenerations::new, ShellGenerations::cellMagics);
    }

    /**
     * Runs a cell. Everything it prints or displays, also from threads it starts, goes to {@code io};
     * buffered output is sent before this returns.
     *
     * @param label how tracebacks name the cell, e.g. "In [3]"
     */
    public ExecutionOutcome execute(String code, CellIO io, String label) {
        warmUp.cellStarts();  // before waiting for JShell: a cell that waited for it runs before the renderer warm-up
        try {
            return run(code, io, label);
        } finally {
            warmUp.cellEnded();
        }
    }

    private ExecutionOutcome run(String code, CellIO io, String label) {
        ShellGenerations generations = shells();
        interruptRequested = false;
        // between cells, and before this cell's output is routed: what it says goes to the kernel's log
        generations.renewIfGrown();
        CellRunner runner = generations.current().runner();
        CellContext context = OutputRouting.newContext(io);
        OutputRouting.enter(context);
        try {
            return runner.run(code, label, () -> interruptRequested);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // thrown while compiling or rendering (the cell's own code reports through JShell)
            return ExecutionOutcome.failed(new CellError(e.getClass().getName(), String.valueOf(e.getMessage()),
                    java.util.List.of(Tracebacks.red(e.toString()))));
        } finally {
            OutputRouting.leave();
            context.flush();
        }
    }

    /** Stops the running cell, if any: busy loops, sleeps and blocking waits alike, and a cell magic's work. */
    public void interrupt() {
        interruptRequested = true;
        ShellGenerations generations = shells.getNow(null);
        if (generations != null) {
            generations.current().shell().stop();
            generations.current().runner().interrupt();
        }
    }

    public Completion complete(String code, int cursor) {
        return shells().current().assist().complete(code, cursor);
    }

    public Inspection inspect(String code, int cursor) {
        return shells().current().assist().inspect(code, cursor);
    }

    public CompletenessCheck isComplete(String code) {
        return shells().current().assist().isComplete(code);
    }

    /** True once JShell is warm (requests that need it no longer wait). */
    public boolean isReady() {
        return shells.isDone();
    }

    @Override
    public void close() {
        warmUp.close();
        ShellGenerations generations = shells.getNow(null);
        if (generations != null) {
            generations.close();
        }
    }

    private ShellGenerations shells() {
        try {
            return shells.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell could not start: " + e.getCause(), e.getCause());
        }
    }
}
