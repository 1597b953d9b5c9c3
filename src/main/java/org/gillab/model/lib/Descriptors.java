package org.gillab.model.lib;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * File descriptor numbers for the model's files and sockets (what fileno() returns). They are the
 * model's own, counted from 3 as a fresh process's first open() gets, never reused: the JVM does not
 * expose the real ones.
 */
final class Descriptors {
    private Descriptors() {}

    private static final AtomicInteger NEXT = new AtomicInteger(3);

    static int next() {
        return NEXT.getAndIncrement();
    }
}
