package org.gillab.pool;

import java.util.List;

/**
 * The parent's side of multiprocessing's Lock, RLock, Semaphore and BoundedSemaphore (CPython's
 * SemLock): a counter with an optional bound, and for a recursive lock the owner (a process and
 * thread, named by the caller) and how deep it holds the lock.
 */
final class SharedSemaphore implements SharedObject {
    private final int bound;
    private final boolean recursive;
    private int value;
    private String owner;
    private int depth;

    /** bound is the highest value (a Lock's is 1), or 0 for none; recursive for an RLock. */
    SharedSemaphore(int value, int bound, boolean recursive) {
        this.value = value;
        this.bound = bound;
        this.recursive = recursive;
    }

    @Override
    public synchronized Object call(String op, List<Object> args) throws InterruptedException {
        return switch (op) {
            case "acquire" -> acquire((String) args.get(0), (Boolean) args.get(1), SharedObject.timeoutNanos(args.get(2)));
            case "release" -> release((String) args.get(0));
            case "value" -> (long) value;
            case "owner" -> owner == null ? null : List.of(owner, (long) depth);
            default -> throw SharedObject.unknown("lock", op);
        };
    }

    private boolean acquire(String caller, boolean block, long timeout) throws InterruptedException {
        if (recursive && depth > 0 && caller.equals(owner)) {
            depth++;
            return true;
        }
        if (!SharedObject.awaitUntil(this, () -> value > 0, block, timeout)) {
            return false;
        }
        value--;
        owner = caller;
        depth = 1;
        return true;
    }

    private Object release(String caller) {
        if (recursive) {
            if (depth == 0 || !caller.equals(owner)) {
                throw new SharedError("AssertionError", "attempt to release recursive lock not owned by thread");
            }
            if (--depth > 0) {
                return null;
            }
        } else if (bound > 0 && value >= bound) {
            throw new SharedError("ValueError", "semaphore or lock released too many times");
        }
        owner = null;
        depth = 0;
        value++;
        notifyAll();
        return null;
    }
}
