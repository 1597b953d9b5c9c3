package org.gillab.pool;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The parent's side of multiprocessing's Queue, JoinableQueue and SimpleQueue, and of one direction
 * of a Pipe: a FIFO of sent values with an optional bound, task counting for join(), and an end:
 * once every copy of the writing end is closed, a reader that finds it empty gets EOFError
 * (Connection.recv). A copy is what a child inherits of a descriptor: "open" counts one more.
 */
final class SharedQueue implements SharedObject {
    private final int maxsize;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private int unfinished;
    private int writers = 1;

    SharedQueue(int maxsize) {
        this.maxsize = maxsize;
    }

    @Override
    public synchronized Object call(String op, List<Object> args) throws InterruptedException {
        return switch (op) {
            case "put" -> put(args.get(0), (Boolean) args.get(1), SharedObject.timeoutNanos(args.get(2)));
            case "get" -> get((Boolean) args.get(0), SharedObject.timeoutNanos(args.get(1)));
            case "poll" -> poll(SharedObject.timeoutNanos(args.get(0)));
            case "qsize" -> (long) items.size();
            case "empty" -> items.isEmpty();
            case "full" -> maxsize > 0 && items.size() >= maxsize;
            case "open" -> {
                writers++;
                yield null;
            }
            case "adopt" -> null; // a child holds a copy counted by "open": its WorkerProcess keeps the count
            case "close" -> {
                if (writers > 0 && --writers == 0) {
                    notifyAll();
                }
                yield null;
            }
            case "task_done" -> {
                if (unfinished <= 0) {
                    throw new SharedError("ValueError", "task_done() called too many times");
                }
                if (--unfinished == 0) {
                    notifyAll();
                }
                yield null;
            }
            case "join" -> {
                while (unfinished > 0) {
                    wait();
                }
                yield null;
            }
            default -> throw SharedObject.unknown("queue", op);
        };
    }

    private Object put(Object value, boolean block, long timeout) throws InterruptedException {
        if (!SharedObject.awaitUntil(this, () -> maxsize <= 0 || items.size() < maxsize, block, timeout)) {
            throw new SharedError("queue.Full", "");
        }
        items.add(value == null ? NONE : value);
        unfinished++;
        notifyAll();
        return null;
    }

    private Object get(boolean block, long timeout) throws InterruptedException {
        if (!SharedObject.awaitUntil(this, () -> !items.isEmpty() || writers == 0, block, timeout)) {
            throw new SharedError("queue.Empty", "");
        }
        if (items.isEmpty()) {
            throw new SharedError("EOFError", "");
        }
        Object value = items.remove();
        notifyAll();
        return value == NONE ? null : value;
    }

    private boolean poll(long timeout) throws InterruptedException {
        return SharedObject.awaitUntil(this, () -> !items.isEmpty() || writers == 0, timeout != 0, timeout);
    }

    /** None in the deque (ArrayDeque refuses null). */
    private static final Object NONE = new Object();
}
