package org.gillab.pool;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.gillab.model.Interpreter;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilSettings;

/**
 * How each worker builds its interpreter; passed on the worker's command line.
 *
 * @param gil            the lock every worker's interpreter runs under (each worker has its own)
 * @param switchInterval the new GIL's switch interval
 * @param checkInterval  the old GIL's check interval
 * @param profile        the CPython version whose eval-breaker check points the model follows
 * @param warmUp         whether the worker warms up to steady state before its first task (see
 *                       {@link Interpreter.Builder#warmProcesses})
 */
record WorkerOptions(GilKind gil, Duration switchInterval, int checkInterval, Profile profile, boolean warmUp) {
    static final WorkerOptions DEFAULT = new WorkerOptions(GilKind.NEW,
            Duration.ofNanos(GilSettings.DEFAULT.switchIntervalNanos()), GilSettings.DEFAULT.checkInterval(), Profile.PY311, true);

    WorkerOptions {
        Objects.requireNonNull(gil, "gil");
        Objects.requireNonNull(profile, "profile");
        // the same checks as the interpreter's, made in the parent so a bad value fails before any JVM starts
        new GilSettings(switchInterval.toNanos(), checkInterval, 0);
    }

    /** The settings of {@code parent}: a Pool made by a program runs its workers the way it runs. */
    static WorkerOptions like(Interpreter parent) {
        return new WorkerOptions(parent.gilKind(), Duration.ofNanos(parent.state().gil().switchIntervalNanos()),
                parent.state().gil().checkInterval(), parent.profile(), parent.warmsProcesses());
    }

    Interpreter newInterpreter() {
        return Interpreter.builder().gil(gil).switchInterval(switchInterval).checkInterval(checkInterval).profile(profile).build();
    }

    List<String> toArgs() {
        return List.of(gil.name().toLowerCase(), Long.toString(switchInterval.toNanos()), Integer.toString(checkInterval),
                profile.shortName(), warmUp ? "warm" : "cold");
    }

    static WorkerOptions parse(String[] args) {
        if (args.length != 5 || !List.of("warm", "cold").contains(args[4])) {
            throw new IllegalArgumentException("usage: Worker GIL SWITCH_INTERVAL_NANOS CHECK_INTERVAL PROFILE warm|cold");
        }
        return new WorkerOptions(GilKind.parse(args[0]), Duration.ofNanos(Long.parseLong(args[1])),
                Integer.parseInt(args[2]), Profile.parse(args[3]), args[4].equals("warm"));
    }

    WorkerOptions withGil(GilKind kind) {
        return new WorkerOptions(kind, switchInterval, checkInterval, profile, warmUp);
    }

    WorkerOptions withSwitchInterval(Duration interval) {
        return new WorkerOptions(gil, interval, checkInterval, profile, warmUp);
    }

    WorkerOptions withCheckInterval(int ticks) {
        return new WorkerOptions(gil, switchInterval, ticks, profile, warmUp);
    }

    WorkerOptions withProfile(Profile version) {
        return new WorkerOptions(gil, switchInterval, checkInterval, version, warmUp);
    }

    WorkerOptions withWarmUp(boolean warm) {
        return new WorkerOptions(gil, switchInterval, checkInterval, profile, warm);
    }
}
