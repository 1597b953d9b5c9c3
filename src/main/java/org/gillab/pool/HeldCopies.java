package org.gillab.pool;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies of pipe ends one child process holds, by the shared queue they write to: what the
 * system closes when a process dies with descriptors open. A child says "adopt" as it unpickles a
 * copy and "close" as it closes one; whatever it still holds when it dies (terminate(), os._exit)
 * the parent closes for it, so that a reader sees EOFError as CPython's does. Read and updated on the
 * child's reader thread only, in the order its frames came.
 */
final class HeldCopies {
    private final Map<Long, Integer> held = new HashMap<>();

    /** Notes what a request from the child does to the copies it holds. */
    void note(Message.Request request) {
        switch (request.op()) {
            case "adopt" -> held.merge(request.objectId(), 1, Integer::sum);
            case "close" -> held.computeIfPresent(request.objectId(), (id, n) -> n > 1 ? n - 1 : null);
            default -> { }
        }
    }

    /** The child is gone (or starts afresh): each copy it still held is closed. */
    void closeAll() {
        held.forEach((id, count) -> {
            for (int i = 0; i < count; i++) {
                try {
                    SharedObjects.call(id, "close", List.of());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (SharedObject.SharedError gone) {
                    return; // the object was freed with its program
                }
            }
        });
        held.clear();
    }
}
