package org.gillab.evaluator;

import java.util.List;

/**
 * A cell magic: a cell whose first line is {@code %%name argument} is run by the magic rather than by
 * JShell, as IPython runs {@code %%bash} or {@code %%html} cells. Packages above the evaluator provide
 * them as services, listed in {@code META-INF/services/org.gillab.evaluator.CellMagic} and found with
 * {@link java.util.ServiceLoader} when a cell first names a cell magic, so that the evaluator imports none
 * of them (as renderers reach the display registry through {@code RendererProvider}).
 *
 * <p>The kernel calls one method at a time, on the thread that serves requests, except
 * {@link #interrupt()}, which comes from another thread while {@link #run} runs.
 */
public interface CellMagic extends AutoCloseable {
    /** The name after the {@code %%}. */
    String name();

    /** How it is written, for %help: "%%python [options]". */
    String usage();

    /** What it does, in one line of %help. */
    String description();

    /**
     * Runs the cell. What it prints on System.out and System.err and what it displays goes to the cell,
     * also from threads it starts; a failure is an {@link ExecutionOutcome#failed outcome}, not an exception.
     */
    ExecutionOutcome run(MagicCell cell);

    /**
     * Stops what {@link #run} is doing now, because the user interrupted the cell; returns at once. An
     * interrupt that comes before run starts its work is seen through {@link MagicCell#interrupted()}.
     */
    void interrupt();

    /** Completion inside the body of a cell whose magic line has {@code argument}; offsets are in the body. */
    default Completion complete(String argument, String body, int cursor) {
        return new Completion(List.of(), cursor, cursor);
    }

    /** What is known about the code at {@code cursor} in the body of a cell whose magic line has {@code argument}. */
    default Inspection inspect(String argument, String body, int cursor) {
        return Inspection.NOTHING;
    }

    /** Whether the body can run as it is (a front end's console asks before it sends a cell). */
    default CompletenessCheck isComplete(String body) {
        return CompletenessCheck.COMPLETE;
    }

    /**
     * One piece of work that spares the magic's first cell a wait (%%python's: warming the model's JIT up),
     * which the kernel runs in the background once it has been idle for a while, on its warm-up thread
     * and never while a cell runs; returns whether more pieces remain.
     */
    default boolean warmUpStep() {
        return false;
    }

    /** Releases what the magic keeps between cells (sessions, processes); the kernel is shutting down. */
    @Override
    default void close() {
    }
}
