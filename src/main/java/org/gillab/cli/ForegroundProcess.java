package org.gillab.cli;

import java.io.IOException;
import java.util.List;
import sun.misc.Signal;

/**
 * Runs another program in our place, with our terminal: Jupyter for {@code lab}, the relaunched JVM for
 * {@code run}. Ctrl-C reaches the child directly, since the terminal signals the whole foreground
 * process group; the child decides what it means and we wait for its exit status instead of dying first
 * and leaving it behind. If we are ended some other way, the child is ended too.
 */
final class ForegroundProcess {
    private ForegroundProcess() {}

    /** Runs {@code command} on this JVM's stdin, stdout and stderr; returns its exit status. */
    static int run(List<String> command) throws IOException {
        Signal.handle(new Signal("INT"), signal -> { }); // the child starts with the default action again
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "stop " + command.get(0)));
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130; // the shutdown hook stops the child
        }
    }
}
