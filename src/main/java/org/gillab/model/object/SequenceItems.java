package org.gillab.model.object;

/**
 * A built-in type whose sequence items (sq_item, what iteration by the old sequence protocol and
 * reversed() read) differ from its subscripts (mp_subscript, what {@code o[i]} reads): an mmap, whose
 * {@code m[i]} is an int while iterating it gives bytes of length 1. A subclass that defines
 * __getitem__ replaces both, as its slot_sq_item calls __getitem__.
 */
public interface SequenceItems {
    /** Item {@code index} as sq_item gives it, a new reference; IndexError past the end. */
    PyObject sequenceItem(ThreadState ts, long index);

    /** Item {@code index} of {@code sequence} as the sequence protocol reads it: sq_item, else __getitem__. */
    static PyObject item(ThreadState ts, PyObject sequence, PyInt index) {
        if (sequence instanceof SequenceItems items && !sequence.type().overrides("__getitem__")) {
            return items.sequenceItem(ts, index.value);
        }
        return Ops.getItem(ts, sequence, index);
    }
}
