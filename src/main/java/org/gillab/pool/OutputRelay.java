package org.gillab.pool;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Delivers what a task printed, then its outcome, in that order, on a thread that the submitting
 * thread created. Why a thread of the submitter's: the kernel routes System.out per cell through an
 * InheritableThreadLocal, so a worker's prints must be written by a thread that inherited the
 * submitting cell's context, not by a reader thread made when the pool was opened in another cell.
 * Completing the result after the prints means a print always shows before get() returns.
 */
final class OutputRelay implements Executor {
    private final ThreadPoolExecutor thread;
    private final Console console;

    /** A relay whose thread starts now, in (and inheriting from) the calling thread. */
    OutputRelay(Console console) {
        this.console = console;
        thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), body -> {
            Thread relay = new Thread(body, "gil-lab pool output relay");
            relay.setDaemon(true);
            return relay;
        });
        thread.prestartCoreThread();
    }

    void print(int stream, byte[] bytes) {
        execute(() -> console.write(stream, bytes));
    }

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    /** Ends the thread once everything given to it so far is done. */
    void close() {
        thread.shutdown();
    }
}
