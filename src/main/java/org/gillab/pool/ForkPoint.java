package org.gillab.pool;

/**
 * Thrown where a worker re-running the parent's program as __mp_main__ reaches the call that started
 * the worker (a Pool made, a Process started) outside an {@code if __name__ == '__main__':} guard,
 * under the fork start method. A forked child holds the parent's state as it was at that call, so the
 * re-run stops there and the worker's __mp_main__ is that state. An Error, as
 * {@code vm.ThreadExit} is, so that no except or finally block of the program runs on the way out and no
 * native function's catch takes it for a failure of its own.
 */
final class ForkPoint extends Error {
    ForkPoint() {
        super(null, null, false, false);
    }
}
