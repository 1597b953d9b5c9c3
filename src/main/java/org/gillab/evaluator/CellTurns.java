package org.gillab.evaluator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Cells and the background warm-up take turns, never run together: a piece of warm-up work starts only
 * while no cell runs, and a cell that starts meanwhile waits until that piece is done. Together they
 * could deadlock: libraries whose classes initialise one another (Tablesaw's column types,
 * jtablesaw/tablesaw#1230) hang two threads that first use them at the same moment, as the renderers'
 * warm-up (a StringColumn first) and notebook 04's first table (a DoubleColumn first) did in CI.
 */
final class CellTurns {
    /**
     * A pause between cells: longer than the milliseconds a "Run All" or nbclient leaves between one
     * cell's reply and the next cell, shorter than a person's. Warm-up work started in such a gap made
     * the next cell wait for it: a chart cell sent right after the first result waited 240-380 ms for
     * a renderer's warm-up step, and a javac warm-up step is no use to the cell that waits for it.
     */
    static final Duration PAUSE = Duration.ofMillis(100);

    private int cellsRunning;
    private boolean workRunning;
    private boolean closed;
    /** When the last cell ended (at first, when the turns began): System.nanoTime(). */
    private long lastCellEnded = System.nanoTime();

    /** A cell starts (or waits for JShell): it waits for the warm-up work in progress, if any. */
    synchronized void cellStarts() {
        cellsRunning++;
        boolean interrupted = false;
        while (workRunning) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // an interrupt is the cell's: it stops the cell once it runs
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void cellEnded() {
        cellsRunning--;
        lastCellEnded = System.nanoTime();
        notifyAll();
    }

    synchronized boolean isCellRunning() {
        return cellsRunning > 0;
    }

    /**
     * Runs {@code work} in a pause between cells (once none has run for {@link #PAUSE}), keeping cells
     * waiting until it is done.
     *
     * @return false, having run nothing, once {@link #close()} was called
     */
    boolean runBetweenCells(Runnable work) throws InterruptedException {
        return runWhenIdle(PAUSE, () -> {
            work.run();
            return true;
        });
    }

    /**
     * Runs {@code work} once no cell has run for {@code quiet} (nor since these turns began), keeping
     * cells waiting until it is done: work a user who reads the notebook never notices.
     *
     * @return what {@code work} returns; false, having run nothing, once {@link #close()} was called
     */
    boolean runWhenIdle(Duration quiet, BooleanSupplier work) throws InterruptedException {
        synchronized (this) {
            while (!closed) {
                long remaining = quiet.toNanos() - (System.nanoTime() - lastCellEnded);
                if (cellsRunning == 0 && remaining <= 0) {
                    break;
                }
                if (cellsRunning > 0) {
                    wait();
                } else {
                    TimeUnit.NANOSECONDS.timedWait(this, remaining);
                }
            }
            if (closed) {
                return false;
            }
            workRunning = true;
        }
        try {
            return work.getAsBoolean();
        } finally {
            synchronized (this) {
                workRunning = false;
                notifyAll();
            }
        }
    }

    /** No more warm-up work: what waits for its turn gives up. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
