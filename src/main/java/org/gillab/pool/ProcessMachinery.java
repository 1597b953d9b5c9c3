package org.gillab.pool;

import java.util.List;
import org.gillab.model.Interpreter;
import org.gillab.model.WarmUp;

/**
 * The modules a program that starts processes runs through: its own {@code import multiprocessing}, and
 * the Process and Pool machinery behind it, on both sides of the pipe. A forked CPython child has them
 * imported already, and CPython imports them in milliseconds; the model compiles them from source and
 * runs them through an eval loop the JIT has not compiled for them yet.
 */
public final class ProcessMachinery {
    /**
     * The modules of the objects a program hands its processes (Queue, Lock, Event, Value, Manager, Pipe):
     * {@code multiprocessing} imports each when the parent first makes one, so a child forked after that has
     * it, where the model's child, which re-ran the program, imports it as it decodes its first task.
     */
    static final List<String> SHARED_OBJECT_MODULES = List.of("multiprocessing.queues", "multiprocessing.synchronize",
            "multiprocessing.sharedctypes", "multiprocessing.managers", "multiprocessing.connection");

    private static final String IMPORTS = "import multiprocessing, multiprocessing.pool, concurrent.futures, pickle, "
            + String.join(", ", SHARED_OBJECT_MODULES);

    private ProcessMachinery() {}

    /**
     * {@link #prepare(WorkerOptions)} in {@code run}'s own JVM, before a program that starts processes
     * runs in {@code program} (an interpreter the scratch ones are made like).
     */
    public static void prepare(Interpreter program) {
        prepare(WorkerOptions.like(program));
    }

    /**
     * Imports the machinery once in a scratch interpreter (their code is then compiled: the JVM's library
     * code cache, see Imports), plays a sample Process's Java code ({@link Rehearsal}), then waits for the
     * JIT to go quiet ({@link WarmUp#settle}). In a worker, without the imports the first Process of a program
     * began its target 1.1-1.8 s after start(), later ones 0.1-0.5 s; in {@code run}'s own JVM, the
     * program's {@code import multiprocessing} took 105-124 ms (CPython: 11 ms), and the rehearsal took its
     * first Process.start() from 69-85 ms to 15-21 ms (CPython: 6 ms).
     *
     * <p>Call it after the warm-up, not before: C2 compiles the eval loop with the branch and type profile
     * it has gathered so far, and thousands of lines of library code run through it first made a loop
     * that ran a 20M countdown in 0.50-0.53 s where the main JVM's, warmed up without them, took
     * 0.39-0.42 s (workers after the warm-up: 0.41-0.42 s).
     */
    static void prepare(WorkerOptions options) {
        try (Interpreter scratch = options.newInterpreter()) {
            scratch.exec(IMPORTS);
        }
        Rehearsal.play(new MainModules(options));
        WarmUp.settleAndCollect();
    }
}
