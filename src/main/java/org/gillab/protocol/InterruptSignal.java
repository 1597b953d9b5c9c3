package org.gillab.protocol;

import sun.misc.Signal;

/** SIGINT interrupts the running cell, for front ends whose kernelspec says "interrupt_mode": "signal". */
final class InterruptSignal {
    private InterruptSignal() {}

    static void install(Runnable interrupt) {
        try {
            Signal.handle(new Signal("INT"), signal -> interrupt.run());
        } catch (IllegalArgumentException e) {
            KernelLog.warn("SIGINT cannot be handled here (" + e.getMessage() + "); interrupt_request still works");
        }
    }
}
