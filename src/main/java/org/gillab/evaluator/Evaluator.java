package org.gillab.evaluator;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jdk.jshell.JShell;
import org.gillab.display.Renderers;

/**
 * Runs notebook cells in a JShell whose code executes in this JVM, so cells call the project's classes
 * and {@link org.gillab.display.Display} directly. JShell starts warming up in the background as soon as
 * the evaluator is made; the first request that needs it waits for it.
 *
 * <p>All methods but {@link #interrupt()} must be called from one thread at a time (JShell is not
 * thread-safe); {@link #interrupt()} is meant to be called from another thread while a cell runs.
 */
public final class Evaluator implements AutoCloseable {
    /** Everything built on the warm JShell. */
    private record Session(JShell shell, Magics magics, CellRunner runner, CodeAssist assist) {
        static Session of(JShell shell) {
            Magics magics = Magics.load(shell);
            return new Session(shell, magics, new CellRunner(shell, magics), new CodeAssist(shell.sourceCodeAnalysis(), magics));
        }
    }

    private final CompletableFuture<Session> session = new CompletableFuture<>();
    private volatile boolean interruptRequested;
    private volatile boolean closed;
    /** Guards {@link #cellsRunning}; notified when it drops to 0. */
    private final Object cells = new Object();
    private int cellsRunning;

    public Evaluator() {
        OutputRouting.install();
        Thread warmUp = new Thread(this::startSession, "gil-lab-jshell-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private void startSession() {
        try {
            JShell shell = ShellStartup.start(this::isCellRunning);
            session.complete(Session.of(shell));
        } catch (Throwable e) {
            session.completeExceptionally(e);
            return;
        }
        // After JShell and after the cells that waited for it: on a 2-core machine its seconds of class
        // loading and JIT would otherwise slow down the first cells. Before the first chart, which it speeds up.
        // Then javac's, for the cells that follow.
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

    private void cellStarts() {
        synchronized (cells) {
            cellsRunning++;
        }
    }

    private void cellEnded() {
        synchronized (cells) {
            cellsRunning--;
            cells.notifyAll();
        }
    }

    /**
     * Runs a cell. Everything it prints or displays, also from threads it starts, goes to {@code io};
     * buffered output is sent before this returns.
     *
     * @param label how tracebacks name the cell, e.g. "In [3]"
     */
    public ExecutionOutcome execute(String code, CellIO io, String label) {
        cellStarts();  // before waiting for JShell: a cell that waited for it runs before the renderer warm-up
        try {
            return run(code, io, label);
        } finally {
            cellEnded();
        }
    }

    private ExecutionOutcome run(String code, CellIO io, String label) {
        Session current = session();
        interruptRequested = false;
        CellContext context = OutputRouting.newContext(io);
        OutputRouting.enter(context);
        try {
            return current.runner().run(code, label, () -> interruptRequested);
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
        Session current = session.getNow(null);
        if (current != null) {
            current.shell().stop();
            current.runner().interrupt();
        }
    }

    public Completion complete(String code, int cursor) {
        return session().assist().complete(code, cursor);
    }

    public Inspection inspect(String code, int cursor) {
        return session().assist().inspect(code, cursor);
    }

    public CompletenessCheck isComplete(String code) {
        return session().assist().isComplete(code);
    }

    /** True once JShell is warm (requests that need it no longer wait). */
    public boolean isReady() {
        return session.isDone();
    }

    @Override
    public void close() {
        closed = true;
        Session current = session.getNow(null);
        if (current != null) {
            current.shell().stop();
            current.runner().interrupt();
            current.magics().close();
            current.shell().close();
        }
    }

    private Session session() {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell could not start: " + e.getCause(), e.getCause());
        }
    }
}
