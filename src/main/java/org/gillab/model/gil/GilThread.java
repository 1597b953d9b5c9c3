package org.gillab.model.gil;

/**
 * A thread's membership of one lock (CPython's PyThreadState, as far as the GIL is concerned).
 * The eval loop creates one per Python thread and passes it to every {@link Gil} call.
 */
public final class GilThread {
    private final String name;

    public GilThread(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
