package org.gillab.evaluator;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/** Public things the cells of {@link EvaluatorTest} use (cells live in another package). */
public final class CellFixtures {
    private CellFixtures() {}

    /** A type with its own renderer: a cell's result must be rendered from the object, not from its string. */
    public static final class Marker {
        @Override
        public String toString() {
            return "marker";
        }
    }

    /** Lets a cell's background thread wait for the test. */
    public static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** A cell releases a permit to tell the test it has started. */
    public static final Semaphore STARTED = new Semaphore(0);
}
