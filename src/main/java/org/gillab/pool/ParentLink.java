package org.gillab.pool;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A worker's way to the shared objects its parent owns: each call is a {@link Message.Request} on the
 * worker's pipe to the parent, the caller waiting for the {@link Message.Reply} that the worker's
 * reader thread hands over. Several of the worker's threads may wait at once.
 */
final class ParentLink {
    private static volatile ParentLink current;

    private final Channel channel;
    private final Map<Long, CompletableFuture<Message.Reply>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong nextRequest = new AtomicLong();

    private ParentLink(Channel channel) {
        this.channel = channel;
    }

    /** Called once by a worker: from now on shared objects are reached through the parent. */
    static void connect(Channel channel) {
        current = new ParentLink(channel);
    }

    /** The link in a worker; null in the process that owns the objects. */
    static ParentLink current() {
        return current;
    }

    Object call(long objectId, String op, List<Object> args) throws InterruptedException {
        long id = nextRequest.incrementAndGet();
        CompletableFuture<Message.Reply> reply = new CompletableFuture<>();
        waiting.put(id, reply);
        Message.Reply answer;
        try {
            channel.send(new Message.Request(id, objectId, op, args));
            answer = reply.get();
        } catch (IOException | ExecutionException e) {
            throw new SharedObject.SharedError("BrokenPipeError", "the parent process is gone");
        } finally {
            waiting.remove(id);
        }
        if (answer.errorType() != null) {
            throw new SharedObject.SharedError(answer.errorType(), answer.errorMessage());
        }
        return answer.value();
    }

    /** The reader thread's part: a reply arrived. */
    void answered(Message.Reply reply) {
        CompletableFuture<Message.Reply> waiter = waiting.get(reply.requestId());
        if (waiter != null) {
            waiter.complete(reply);
        }
    }
}
