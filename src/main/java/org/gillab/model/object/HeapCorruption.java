package org.gillab.model.object;

/** A reference-counting bug detected by the heap: never a Python-level error, always a model bug (or the unsafe kind). */
public final class HeapCorruption extends IllegalStateException {
    public HeapCorruption(String message) {
        super(message);
    }
}
