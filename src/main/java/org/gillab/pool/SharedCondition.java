package org.gillab.pool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent's side of multiprocessing.Condition (CPython's synchronize.Condition counts sleepers
 * and wakers on semaphores): a line of tickets. A waiter takes its ticket while it still holds the
 * condition's lock, then releases the lock and waits on the ticket; notify marks the oldest tickets,
 * so a notify between the release and the wait is never lost.
 */
final class SharedCondition implements SharedObject {
    private final Map<Long, Boolean> tickets = new LinkedHashMap<>(); // in arrival order: notified?
    private long nextTicket;

    @Override
    public synchronized Object call(String op, List<Object> args) throws InterruptedException {
        return switch (op) {
            case "ticket" -> {
                tickets.put(++nextTicket, false);
                yield nextTicket;
            }
            case "wait" -> await(((Number) args.get(0)).longValue(), SharedObject.timeoutNanos(args.get(1)));
            case "notify" -> {
                long n = ((Number) args.get(0)).longValue();
                for (Map.Entry<Long, Boolean> e : tickets.entrySet()) {
                    if (n <= 0) {
                        break;
                    }
                    if (!e.getValue()) {
                        e.setValue(true);
                        n--;
                    }
                }
                notifyAll();
                yield null;
            }
            case "waiters" -> tickets.values().stream().filter(notified -> !notified).count();
            default -> throw SharedObject.unknown("condition", op);
        };
    }

    /** Whether the ticket was notified (false: the timeout passed first); the ticket is spent either way. */
    private boolean await(long ticket, long timeout) throws InterruptedException {
        try {
            return SharedObject.awaitUntil(this, () -> tickets.get(ticket), true, timeout);
        } finally {
            tickets.remove(ticket);
        }
    }
}
