package org.gillab.model.object;

import java.util.Set;

/**
 * Sees every object a heap allocates and frees (the part of CPython's PyMem_SetAllocator hooks that
 * tracemalloc uses): tests' leak tracking and tracemalloc are both served through it. Each thread
 * state holds the heap's observer in a field that is null while nobody observes, so an allocation
 * costs one null test then; {@link Heap#observe} installs one.
 */
public interface AllocationObserver {
    /** {@code o} was allocated by {@code ts}: its constructor has begun, not finished. */
    void allocated(ThreadState ts, PyObject o);

    /** {@code o} is being freed by {@code ts}: its contents are still there, its references about to go. */
    void freed(ThreadState ts, PyObject o);

    /** Whether frames must keep their position at every instruction, so that an allocation knows its line. */
    default boolean wantsPositions() {
        return false;
    }

    /** The observer that keeps {@code live}, a synchronized set, equal to the objects alive now. */
    static AllocationObserver into(Set<PyObject> live) {
        return new AllocationObserver() {
            @Override
            public void allocated(ThreadState ts, PyObject o) {
                live.add(o);
            }

            @Override
            public void freed(ThreadState ts, PyObject o) {
                live.remove(o);
            }
        };
    }
}
