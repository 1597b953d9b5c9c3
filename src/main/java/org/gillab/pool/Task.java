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

    Task(long id, int programId, String function, List<Object> args, ProcessPool pool) {
        this.programId = programId;
        this.summary = TaskSummary.of(function, args);
        try {
            this.frame = Channel.encode(new Message.RunTask(id, programId, function, args));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        this.result = new AsyncResult(summary, pool);
    }
}
