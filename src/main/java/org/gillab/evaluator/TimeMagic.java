package org.gillab.evaluator;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/** {@code %time CODE}: runs the rest of the cell and prints its wall and CPU time, as IPython's %time and %%time. */
final class TimeMagic implements LineMagic {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public String usage() {
        return "%time CODE";
    }

    @Override
    public String description() {
        return "run CODE (the rest of the cell) and print its wall and CPU time";
    }

    @Override
    public boolean takesCode() {
        return true;
    }

    @Override
    public ExecutionOutcome run(String argument, Supplier<ExecutionOutcome> rest) {
        long wallStart = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutionOutcome outcome = rest.get();
        System.out.printf(Locale.ROOT, "Wall time: %s, CPU time: %s (all threads of the kernel's JVM)%n",
                duration(System.nanoTime() - wallStart), duration(processCpuNanos() - cpuStart));
        return outcome;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String duration(long nanos) {
        return nanos >= 1_000_000_000 ? String.format(Locale.ROOT, "%.2f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
