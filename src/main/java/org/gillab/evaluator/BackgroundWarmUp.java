package org.gillab.evaluator;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import org.gillab.display.Renderers;

/**
 * The evaluator's start-up work, on a thread of its own: first the cells' JShell, which requests that
 * need it wait for; then, once the cells that waited have run, the renderers' warm-up (charts, tables)
 * and javac's ({@link CompilerWarmUp}), one snippet at a time and only while no cell runs. On a 2-core
 * machine their seconds of class loading and JIT would otherwise slow down the first cells.
 */
final class BackgroundWarmUp {
    /** Guards {@link #cellsRunning}; notified when it drops to 0. */
    private final Object cells = new Object();
    private int cellsRunning;
    private volatile boolean closed;

    /**
     * Starts the work: {@code shell} is completed with what {@code startShell} makes (told whether a cell
     * already waits), or with why it could not.
     */
    <T> void start(CompletableFuture<T> shell, Function<BooleanSupplier, T> startShell) {
        Thread thread = new Thread(() -> run(shell, startShell), "gil-lab-jshell-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** A cell starts (or waits for JShell): the warm-up makes way. */
    void cellStarts() {
        synchronized (cells) {
            cellsRunning++;
        }
    }

    void cellEnded() {
        synchronized (cells) {
            cellsRunning--;
            cells.notifyAll();
        }
    }

    /** Ends the warm-up before its next snippet. */
    void close() {
        closed = true;
    }

    private <T> void run(CompletableFuture<T> shell, Function<BooleanSupplier, T> startShell) {
        try {
            shell.complete(startShell.apply(this::isCellRunning));
        } catch (Throwable e) {
            shell.completeExceptionally(e);
            return;
        }
        // After the cells that waited for JShell, before the first chart, which it speeds up. Then javac's.
        try {
            awaitNoCellRunning();
            Renderers.warmUp();
            CompilerWarmUp.run(this::awaitIdle);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("gil-lab kernel: the background warm-up failed: " + e);
        }
    }

    /** Waits until no cell runs; false once the evaluator is closed. */
    private boolean awaitIdle() throws InterruptedException {
        awaitNoCellRunning();
        return !closed;
    }

    private void awaitNoCellRunning() throws InterruptedException {
        synchronized (cells) {
            while (cellsRunning > 0) {
                cells.wait();
            }
        }
    }

    private boolean isCellRunning() {
        synchronized (cells) {
            return cellsRunning > 0;
        }
    }
}
