package org.gillab.pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One call waiting for, or running in, a worker. Its frame is encoded when the task is submitted,
 * so an argument that cannot be sent fails in the caller's thread, at once.
 */
final class Task {
    final int programId;
    final String summary;
    final byte[] frame;
    final AsyncResult result;
    final OutputRelay relay;

    Task(long id, int programId, String function, List<Object> args, ProcessPool pool, OutputRelay relay) {
        this.relay = relay;
        this.programId = programId;
        this.summary = TaskSummary.of(function, args);
        try {
            this.frame = Channel.encode(new Message.RunTask(id, programId, function, args));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        this.result = new AsyncResult(summary, pool);
    }

    /** Settles the result after the output printed before it (see {@link OutputRelay}). */
    void complete(Object value) {
        relay.execute(() -> result.complete(value));
    }

    void fail(RuntimeException error) {
        relay.execute(() -> result.fail(error));
    }
}
