package org.gillab.lab;

import java.util.BitSet;
import java.util.concurrent.Callable;
import org.gillab.model.lib.CpuAffinity;

/**
 * The cores a repeat's two one-thread runs are pinned to, one each. The cores of a virtual machine can
 * run at different speeds (this project's 2-core VM once ran the same CPython loop in 45 ms on one and
 * 25 ms on the other): a one-thread baseline that happens to land on the fast core makes two threads
 * under the GIL look slower than one and a Pool(2) look worse than half, and one on the slow core the
 * opposite. Two threads taking turns, or a pool of one process per core, use every core; so the baseline
 * is the mean of one run on each of two cores, whichever way the scheduler would have placed it.
 */
final class BaselineCores {
    private BaselineCores() {}

    /** The two CPUs of repeat {@code repeat}'s one-thread runs (rotating over the allowed ones), or null where threads cannot be pinned. */
    static int[] of(int repeat) {
        BitSet allowed = CpuAffinity.ofThisThread();
        if (allowed == null || allowed.cardinality() < 2) {
            return null;
        }
        int[] cpus = allowed.stream().toArray();
        int first = 2 * (repeat - 1) % cpus.length;
        return new int[] {cpus[first], cpus[(first + 1) % cpus.length]};
    }

    /** Runs {@code run} on the calling thread with {@code cpu} as its only CPU, then gives it back the CPUs it had. */
    static <T> T pinned(int cpu, Callable<T> run) throws Exception {
        BitSet before = CpuAffinity.get(0);
        BitSet only = new BitSet();
        only.set(cpu);
        CpuAffinity.set(0, only);
        try {
            return run.call();
        } finally {
            CpuAffinity.set(0, before);
        }
    }
}
