package org.gillab.lab;

import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.gillab.model.WarmUp;
import org.gillab.model.gil.GilKind;

/**
 * This JVM's warm-ups of the model, one per lock kind (see {@link WarmUp}): whatever times the model here
 * (a {@code %%python} session, an experiment that times one mode in the kernel) first makes sure its kind
 * is warm. A warm-up can also advance a round at a time beforehand, in the background (the kernel runs
 * rounds while it is idle): the first that needs it then finishes what is left.
 */
final class ModelWarmUps {
    private static final Map<GilKind, WarmUp.InRounds> STARTED = new EnumMap<>(GilKind.class);
    private static final Set<GilKind> WARM = EnumSet.noneOf(GilKind.class);

    private ModelWarmUps() {}

    /** Returns once the model is warm under {@code kind}, warming it up (or finishing its warm-up) first. */
    static synchronized void ensure(GilKind kind) {
        while (advance(kind)) {
            // each round waits for the JIT itself
        }
    }

    /** One round of {@code kind}'s warm-up; false (having run nothing) once it is warm. */
    static synchronized boolean advance(GilKind kind) {
        if (WARM.contains(kind)) {
            return false;
        }
        WarmUp.InRounds rounds = STARTED.computeIfAbsent(kind,
                k -> new WarmUp.InRounds(() -> ModelRuns.interpreter(k, Duration.ofMillis(5), 0)));
        if (rounds.next()) {
            return true;
        }
        rounds.finish();
        STARTED.remove(kind);
        WARM.add(kind);
        return false;
    }
}
