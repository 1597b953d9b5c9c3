package org.gillab.evaluator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.BooleanSupplier;
import org.gillab.display.Renderers;

/**
 * The evaluator's start-up work, on a thread of its own: first the cells' JShell, which requests that
 * need it wait for; then, once the cells that waited have run, the renderers' warm-up (charts, tables)
 * and javac's ({@link CompilerWarmUp}), one snippet at a time, each taking its turn between cells
 * ({@link CellTurns}). On a 2-core machine their seconds of class loading and JIT would otherwise slow
 * down the first cells. Last, once the kernel has been idle for {@link #IDLE_BEFORE_MAGICS}, the cell
 * magics' warm-up ({@link CellMagic#warmUpStep}: %%python's model, about 5 s of one core), which only a
 * notebook that uses the magic needs: a user reading the notebook never waits for it, and a "Run all"
 * leaves it to the magic's first cell.
 */
final class BackgroundWarmUp {
    /** How long the kernel must have been idle before a cell magic's warm-up takes a turn. */
    static final Duration IDLE_BEFORE_MAGICS = Duration.ofSeconds(2);

    private final CellTurns turns = new CellTurns();

    /**
     * Starts the work: {@code shell} is completed with what {@code startShell} makes (told whether a cell
     * already waits), or with why it could not; {@code cellMagics} gives the shell's cell magics.
     */
    <T> void start(CompletableFuture<T> shell, Function<BooleanSupplier, T> startShell,
                   Function<T, Collection<CellMagic>> cellMagics) {
        Thread thread = new Thread(() -> run(shell, startShell, cellMagics), "gil-lab-jshell-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** A cell starts (or waits for JShell): the warm-up makes way, once the piece it is doing is done. */
    void cellStarts() {
        turns.cellStarts();
    }

    void cellEnded() {
        turns.cellEnded();
    }

    /** Ends the warm-up before its next piece. */
    void close() {
        turns.close();
    }

    private <T> void run(CompletableFuture<T> shell, Function<BooleanSupplier, T> startShell,
                         Function<T, Collection<CellMagic>> cellMagics) {
        T started;
        try {
            started = startShell.apply(turns::isCellRunning);
            shell.complete(started);
        } catch (Throwable e) {
            shell.completeExceptionally(e);
            return;
        }
        // After the cells that waited for JShell, before the first chart, which it speeds up. Then javac's.
        try {
            List<Runnable> rendererSteps = new ArrayList<>();
            // registering the renderers is the first use of their classes: a step too
            if (turns.runBetweenCells(() -> rendererSteps.addAll(Renderers.warmUpSteps())) && runEach(rendererSteps)) {
                CompilerWarmUp.run(turns::runBetweenCells);
                for (CellMagic magic : cellMagics.apply(started)) {
                    while (turns.runWhenIdle(IDLE_BEFORE_MAGICS, magic::warmUpStep)) {
                        // one step per turn: a cell that starts meanwhile waits for one step at most
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("gil-lab kernel: the background warm-up failed: " + e);
        }
    }

    /** Runs each step in a turn of its own; false if the kernel closed first. */
    private boolean runEach(List<Runnable> steps) throws InterruptedException {
        for (Runnable step : steps) {
            if (!turns.runBetweenCells(step)) {
                return false;
            }
        }
        return true;
    }
}
