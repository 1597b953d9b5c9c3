package org.gillab.model.object;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * id() of an interpreter's objects. CPython's is the object's address: unique among the objects alive at
 * once, a multiple of 16, around 0x7f... on x86-64 Linux, and the address of a freed object is handed out
 * again (pymalloc reuses the block freed last first), so {@code id(A()) == id(A())}. Java has no stable
 * addresses, and an identity hash code is not unique (31 bits: a deep copy of 200,000 lists, keyed by id,
 * mixed objects up), so an object is given an address-like number the first time it is asked for one, and
 * gives it back when it is freed. Only objects asked pay: one map entry while they live.
 */
final class ObjectIds {
    /** What two consecutive new ids are apart: 48 bytes, a small object's block. */
    private static final long SPACING = 0x30;

    private final Map<PyObject, Long> given = new IdentityHashMap<>();
    /** Numbers of freed objects, the latest first. */
    private final Deque<Long> freed = new ArrayDeque<>();
    /** Where the heap's blocks lie changes from run to run, as address space layout randomisation moves CPython's. */
    private final long first = 0x7f0000000000L + (ThreadLocalRandom.current().nextLong(1L << 35) << 4);
    private long next = first;

    synchronized long of(PyObject o) {
        Long id = given.get(o);
        if (id == null) {
            Long reused = freed.poll();
            id = reused != null ? reused : (next += SPACING);
            given.put(o, id);
            o.hasId = true;
        }
        return id;
    }

    /** Whether {@code n} lies among the numbers handed out: an id, not a C address (ctypes refuses to read it). */
    synchronized boolean covers(long n) {
        return n > first && n <= next;
    }

    /** {@code o} is freed: its number goes to the next object asked. */
    synchronized void release(PyObject o) {
        Long id = given.remove(o);
        if (id != null) {
            freed.push(id);
        }
    }
}
