package org.gillab.pool;

import java.util.List;
import org.gillab.model.Interpreter;

/** What parent and worker say to each other, one frame each (see {@link Channel}). */
sealed interface Message {

    /** Worker to parent, once: the worker's interpreter machinery is loaded and it awaits tasks. */
    record Ready(long pid) implements Message {}

    /**
     * Parent to worker, once per program per worker: in this working directory, run these sources, in
     * order, as module __mp_main__, with this sys.argv. Under {@link #AHEAD}, the program the parent is
     * about to run, loaded before the worker says it is ready (see {@link MainModules#loadAhead}).
     */
    record LoadProgram(int programId, List<Interpreter.Source> parts, List<String> argv, String directory) implements Message {
        static final int AHEAD = -1;

        LoadProgram(int programId, Program program) {
            this(programId, program.parts(), program.argv(), program.directory());
        }

        Program program() {
            return new Program(parts, argv, directory);
        }
    }

    /**
     * Parent to worker, between pools: forget every loaded program (their interpreters close, their
     * threads stop); the next pool's programs load afresh into the same warm JVM.
     */
    record Reset() implements Message {}

    /** Parent to worker: call function by name in a loaded program's __mp_main__. */
    record RunTask(long taskId, int programId, String function, List<Object> args) implements Message {}

    /** Worker to parent: text the worker printed; stream 1 is stdout, 2 is stderr. */
    record Output(int stream, byte[] bytes) implements Message {}

    /** Worker to parent: the task returned this value. */
    record TaskDone(long taskId, Object value) implements Message {}

    /**
     * Worker to parent: the task raised; the Python exception type, message and traceback, and the
     * exception itself as a value to rebuild (null where it cannot be sent, as CPython's pool then
     * sends a MaybeEncodingError).
     */
    record TaskFailed(long taskId, String type, String message, String traceback, Object exception) implements Message {}

    /** Worker to parent: run op on the shared object (id 0: make a new one of kind op) and reply. */
    record Request(long requestId, long objectId, String op, List<Object> args) implements Message {}

    /** Parent to worker: what the request returned, or the Python exception it raised (errorType not null). */
    record Reply(long requestId, Object value, String errorType, String errorMessage) implements Message {}
}
