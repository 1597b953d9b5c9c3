package org.gillab.pool;

import java.util.List;

/**
 * The parent's side of multiprocessing.Barrier, with threading.Barrier's states: filling until the
 * last party arrives, draining while the parties leave, resetting, broken. The last to arrive gets
 * its index back and runs the barrier's action in its own process, then says "release" (or "break"
 * if the action raised); only then are the others let go.
 */
final class SharedBarrier implements SharedObject {
    private enum State { FILLING, DRAINING, RESETTING, BROKEN }

    private final int parties;
    private State state = State.FILLING;
    private int count;

    SharedBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public synchronized Object call(String op, List<Object> args) throws InterruptedException {
        return switch (op) {
            case "arrive" -> arrive(SharedObject.timeoutNanos(args.get(0)));
            case "release" -> leave(State.DRAINING);
            case "break" -> leave(State.BROKEN);
            case "reset" -> {
                if (count > 0) {
                    state = state == State.FILLING || state == State.BROKEN ? State.RESETTING : state;
                } else {
                    state = State.FILLING;
                }
                notifyAll();
                yield null;
            }
            case "abort" -> {
                state = State.BROKEN;
                notifyAll();
                yield null;
            }
            case "n_waiting" -> state == State.FILLING ? (long) count : 0L;
            case "broken" -> state == State.BROKEN;
            default -> throw SharedObject.unknown("barrier", op);
        };
    }

    /** The caller's index; the last party returns at once (still counted) and must then release or break. */
    private long arrive(long timeout) throws InterruptedException {
        while (state == State.DRAINING || state == State.RESETTING) {
            wait();
        }
        if (state == State.BROKEN) {
            throw broken();
        }
        int index = count++;
        if (index + 1 == parties) {
            return index;
        }
        boolean released = SharedObject.awaitUntil(this, () -> state != State.FILLING, true, timeout);
        if (!released) {
            state = State.BROKEN;
            notifyAll();
        }
        boolean ok = state == State.DRAINING;
        leave(state);
        if (!ok) {
            throw broken();
        }
        return index;
    }

    /** One party leaves in the given state; the last to leave a drained or reset barrier refills it. */
    private Object leave(State newState) {
        state = newState;
        if (--count == 0 && (state == State.DRAINING || state == State.RESETTING)) {
            state = State.FILLING;
        }
        notifyAll();
        return null;
    }

    private static SharedError broken() {
        return new SharedError("threading.BrokenBarrierError", "");
    }
}
