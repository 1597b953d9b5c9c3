package org.gillab.model.lib;

import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * A struct sequence type (Objects/structseq.c): a tuple whose items are also named attributes, such as
 * sys.version_info, time.struct_time and os.stat_result. Its repr names the fields, as CPython's does.
 */
final class StructSequence {
    private final PyType type;
    private final String[] fields;

    StructSequence(String name, String... fields) {
        this.fields = fields;
        PyType.Builder b = PyType.builder(name).base(Types.TUPLE);
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            b.getter(fields[i], (ts, self) -> ts.newRef(((PyTuple) self).get(index)));
        }
        this.type = b.build();
    }

    /** An immortal instance of immortal items (the interpreter's constants). */
    PyObject constant(PyObject... items) {
        return new PyTuple.Named(type, fields, items);
    }

    /** A new instance; takes over the references in {@code items}. */
    PyObject make(ThreadState ts, PyObject... items) {
        return new PyTuple.Named(ts, type, fields, items);
    }

    PyType type() {
        return type;
    }
}
