package org.gillab.model.lib;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The memory block a ctypes instance owns (CDataObject's b_ptr when b_needsfree): zero-filled, as
 * PyCData_MallocBuffer's is, and freed when the Python object is, not when Java collects it.
 */
final class NativeMemory extends PyObject {
    static final PyType TYPE = PyType.builder("_ctypes.memory")
            .getter("address", (ts, self) -> PyInt.of(ts, Pointer.nativeValue(((NativeMemory) self).memory)))
            .build();

    private final Memory memory;

    NativeMemory(ThreadState ts, long size) {
        super(ts);
        memory = new Memory(Math.max(size, 1)); // malloc(0) may return NULL; ctypes' zero-sized objects still have an address
        memory.clear();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected void release(ThreadState ts) {
        memory.close();
    }
}
