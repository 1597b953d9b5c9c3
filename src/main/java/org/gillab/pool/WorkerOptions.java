package org.gillab.pool;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilSettings;

/**
 * How each worker builds its interpreter; passed on the worker's command line.
 *
 * @param gil            the lock every worker's interpreter runs under (each worker has its own)
 * @param switchInterval the new GIL's switch interval
 */
record WorkerOptions(GilKind gil, Duration switchInterval) {
    static final WorkerOptions DEFAULT = new WorkerOptions(GilKind.NEW, Duration.ofNanos(GilSettings.DEFAULT.switchIntervalNanos()));

    WorkerOptions {
        Objects.requireNonNull(gil, "gil");
        if (switchInterval.isNegative() || switchInterval.isZero()) {
            throw new IllegalArgumentException("switch interval must be positive, got " + switchInterval);
        }
    }

    List<String> toArgs() {
        return List.of("--gil", gil.name().toLowerCase(), "--switch-interval-nanos", Long.toString(switchInterval.toNanos()));
    }

    static WorkerOptions parse(String[] args) {
        WorkerOptions options = DEFAULT;
        for (int i = 0; i + 1 < args.length; i += 2) {
            options = switch (args[i]) {
                case "--gil" -> new WorkerOptions(GilKind.parse(args[i + 1]), options.switchInterval);
                case "--switch-interval-nanos" -> new WorkerOptions(options.gil, Duration.ofNanos(Long.parseLong(args[i + 1])));
                default -> throw new IllegalArgumentException("unknown worker option " + args[i]);
            };
        }
        return options;
    }
}
