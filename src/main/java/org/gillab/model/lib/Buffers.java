package org.gillab.model.lib;

import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyMemoryView;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.ViewedMemory;

/**
 * The buffer protocol as the model has it (PyObject_GetBuffer with PyBUF_SIMPLE): bytes, bytearray and
 * memoryview export their bytes; nothing else does. A bytearray's bytes come as a copy, so that what a
 * module computes with the GIL released cannot change under it, as CPython's buffer export pins the array.
 */
final class Buffers {
    private Buffers() {}

    /** The bytes of a bytes-like argument, else {@code a bytes-like object is required, not 'str'}. */
    static byte[] bytesLike(PyObject o) {
        return bytesLike(o, "a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** The bytes of a bytes-like argument, else a TypeError with {@code message}. */
    static byte[] bytesLike(PyObject o, String message) {
        byte[] bytes = PyBytes.buffer(o);
        if (bytes == null) {
            throw PyErrors.typeError(message);
        }
        return bytes;
    }

    /**
     * A read-write buffer argument ("w*"): a bytearray, a writable mmap or memoryview, as a view of its bytes
     * (a new reference, which the caller releases by dropping it); else a TypeError with {@code message}.
     */
    static PyMemoryView writable(ThreadState ts, PyObject o, String message) {
        if (o instanceof ViewedMemory memory && !memory.readOnly() || o instanceof PyMemoryView m && !m.isReadOnly()) {
            return PyMemoryView.of(ts, o);
        }
        throw PyErrors.typeError(message);
    }

    /**
     * An argument the a2b functions of binascii take (ascii_buffer_converter): a bytes-like object, or a
     * str of ASCII characters only.
     */
    static byte[] asciiOrBytes(PyObject o) {
        if (o instanceof PyStr s) {
            String text = s.value;
            byte[] out = new byte[text.length()];
            for (int i = 0; i < out.length; i++) {
                char c = text.charAt(i);
                if (c > 127) {
                    throw PyErrors.valueError("string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        return bytesLike(o, "argument should be bytes, buffer or ASCII string, not '" + o.type().name() + "'");
    }
}
