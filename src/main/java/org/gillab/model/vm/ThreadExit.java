package org.gillab.model.vm;

/**
 * Ends a Python thread still running when the interpreter finalizes, without running any more of its
 * Python code: CPython's daemon threads call PyThread_exit_thread when they next try to take the GIL
 * (Python/ceval_gil.c tstate_must_exit), so no except or finally block of theirs runs. An Error, so that
 * no native function's catch of RuntimeException takes it for a failure of its own; the eval loop clears
 * each frame it passes through, which drops the references the thread's frames held, and Java's finally
 * blocks drop the native code's. Threads ends the thread quietly when it arrives.
 */
final class ThreadExit extends Error {
    ThreadExit() {
        super(null, null, false, false);
    }
}
