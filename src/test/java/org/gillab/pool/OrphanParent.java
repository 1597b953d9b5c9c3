package org.gillab.pool;

/**
 * A parent JVM for {@link OrphanTest}: opens a pool, prints its worker pids, then blocks until it
 * is killed.
 */
public final class OrphanParent {
    public static void main(String[] args) throws InterruptedException {
        var pool = new ProcessPool(Integer.parseInt(args[0]));
        System.out.println("pids " + pool.pids().stream().map(String::valueOf).reduce((a, b) -> a + " " + b).orElse(""));
        System.out.flush();
        Thread.currentThread().join(); // blocks until the test kills this JVM
    }
}
