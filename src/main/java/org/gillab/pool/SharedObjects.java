package org.gillab.pool;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The objects this process shares with its children, by id. The parent owns every shared object:
 * its own threads call them directly, and a child's calls arrive as {@link Message.Request}s over
 * the child's pipe, each answered on a thread of its own because it may block (a child waiting in
 * Queue.get must not stop another child's put). A worker, whose objects all live in its parent,
 * sends every call there ({@link ParentLink}).
 *
 * <p>Why the parent and not shared memory: every operation here also needs waiting and waking
 * across processes (a queue's get, a condition's wait), which the JVM offers within one process only;
 * one round trip over the existing pipe costs tens of microseconds. Locks are the exception
 * ({@link PySemLock}): a program takes them thousands of times, mostly without waiting, so they are
 * words in shared memory that a blocked taker polls.
 */
final class SharedObjects {
    private static final Map<Long, SharedObject> OBJECTS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_ID = new AtomicLong();
    private static final ExecutorService SERVERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "gil-lab shared object server");
        thread.setDaemon(true);
        return thread;
    });

    private SharedObjects() {}

    /** Runs op on the object (id 0: makes an object of kind op), here or in the parent. */
    static Object call(long id, String op, List<Object> args) throws InterruptedException {
        ParentLink parent = ParentLink.current();
        if (parent != null) {
            return parent.call(id, op, args);
        }
        if (id == 0) {
            return create(op, args);
        }
        SharedObject object = OBJECTS.get(id);
        if (object == null) {
            throw new SharedObject.SharedError("ValueError", "no shared object " + id + " in this process");
        }
        return object.call(op, args);
    }

    private static long create(String kind, List<Object> args) {
        SharedObject object = switch (kind) {
            case "queue" -> new SharedQueue(((Number) args.get(0)).intValue());
            case "array" -> new SharedArray((List<Object>) args.get(0));
            case "event" -> new SharedEvent();
            case "condition" -> new SharedCondition();
            case "barrier" -> new SharedBarrier(((Number) args.get(0)).intValue());
            case "dict" -> new SharedDict((Map<?, ?>) args.get(0));
            case "list" -> new SharedList((List<?>) args.get(0));
            case "manager" -> new ManagerServer();
            default -> throw new SharedObject.SharedError("ValueError", "no kind of shared object named " + kind);
        };
        long id = NEXT_ID.incrementAndGet();
        OBJECTS.put(id, object);
        return id;
    }

    /** A child's request: run it on a server thread, then send the reply (if the child is still there). */
    static void serve(Message.Request request, Consumer<Message.Reply> reply) {
        SERVERS.execute(() -> reply.accept(answer(request)));
    }

    private static Message.Reply answer(Message.Request request) {
        try {
            return new Message.Reply(request.requestId(), call(request.objectId(), request.op(), request.args()), null, null);
        } catch (SharedObject.SharedError e) {
            return new Message.Reply(request.requestId(), null, e.pythonType(), e.getMessage());
        } catch (InterruptedException e) {
            return new Message.Reply(request.requestId(), null, "RuntimeError", "the parent process is exiting");
        } catch (RuntimeException e) {
            return new Message.Reply(request.requestId(), null, "RuntimeError", String.valueOf(e.getMessage()));
        }
    }

    /** Sends a reply frame, ignoring a child that has gone. */
    static Consumer<Message.Reply> replyOver(Channel channel) {
        return reply -> {
            try {
                channel.send(reply);
            } catch (IOException gone) {
                // the child exited or was killed while its request ran
            }
        };
    }
}
