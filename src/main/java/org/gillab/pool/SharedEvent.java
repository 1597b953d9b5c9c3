package org.gillab.pool;

import java.util.List;

/** The parent's side of multiprocessing.Event: a flag that processes set, clear and wait for. */
final class SharedEvent implements SharedObject {
    private boolean flag;

    @Override
    public synchronized Object call(String op, List<Object> args) throws InterruptedException {
        return switch (op) {
            case "set" -> {
                flag = true;
                notifyAll();
                yield null;
            }
            case "clear" -> {
                flag = false;
                yield null;
            }
            case "is_set" -> flag;
            case "wait" -> SharedObject.awaitUntil(this, () -> flag, true, SharedObject.timeoutNanos(args.get(0)));
            default -> throw SharedObject.unknown("event", op);
        };
    }
}
