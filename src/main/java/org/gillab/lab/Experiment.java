package org.gillab.lab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.gillab.model.PythonException;
import tech.tablesaw.api.Table;

/**
 * What every experiment shares: its runs are steps that each add rows to one results table, a
 * progress bar advances as they finish, and an interrupt of the cell (Thread.interrupt, which the
 * model turns into KeyboardInterrupt) stops the experiment between or inside runs, releases every
 * thread, pool and process it started, and keeps the rows done so far in {@link #results()}.
 */
public abstract class Experiment {
    /** One run: adds its rows to the results table. */
    protected record Step(String label, Run run) {
    }

    @FunctionalInterface
    protected interface Run {
        void addRows(Table results) throws Exception;
    }

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private Table results;

    /** The rows done so far: all of them after run(), those done before an interrupt otherwise. */
    public Table results() {
        return results == null ? emptyTable() : results;
    }

    /** Runs every step and returns the results table. */
    public Table run() {
        results = emptyTable();
        List<Step> steps = steps();
        Progress progress = new Progress(results.name(), steps.size());
        try {
            for (Step step : steps) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                step.run().addRows(results);
                progress.advance(step.label());
            }
            return results;
        } catch (Exception e) {
            if (!isInterrupt(e)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
            }
            progress.interrupted();
            throw new ExperimentInterrupted(results);
        } finally {
            closeResources();
        }
    }

    /** The table the steps fill, with its name and columns. */
    protected abstract Table emptyTable();

    /** The runs, in order; called once per run(), after the settings are final. */
    protected abstract List<Step> steps();

    /** Keeps {@code resource} open until the experiment ends, however it ends. */
    protected <T extends AutoCloseable> T keep(T resource) {
        resources.push(resource);
        return resource;
    }

    private void closeResources() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                System.err.println("gil-lab: closing " + e.getMessage());
            }
        }
    }

    private static boolean isInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof CancellationException
                    || (t instanceof PythonException python && python.is("KeyboardInterrupt"))) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by run() when the cell was interrupted; the rows done are in {@link #results()}. */
    public static final class ExperimentInterrupted extends RuntimeException {
        private final transient Table results;

        ExperimentInterrupted(Table results) {
            super("interrupted after " + results.rowCount() + " rows; they are kept: call results() on the experiment");
            this.results = results;
        }

        public Table results() {
            return results;
        }
    }
}
