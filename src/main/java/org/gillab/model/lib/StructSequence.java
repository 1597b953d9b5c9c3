package org.gillab.model.lib;

import java.util.Arrays;
import java.util.List;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * A struct sequence type (Objects/structseq.c): a tuple whose items are also named attributes, such as
 * sys.version_info, time.struct_time and threading.ExceptHookArgs. Its repr names the fields, as
 * CPython's does, and calling the type with a sequence of its items makes one. Fields past the
 * sequence's length are attributes only (struct_time's tm_zone and tm_gmtoff).
 */
final class StructSequence {
    private final PyType type;
    private final String qualifiedName;
    /** The fields that are items too. */
    private final String[] items;
    private final int fieldCount;

    /**
     * {@code name} is the module's and the type's, as "sys.version_info" (a name without a module is a
     * builtin's, as sys.UnraisableHookArgs); every field is an item.
     */
    StructSequence(String name, String... fields) {
        this(name, fields.length, fields);
    }

    /** The first {@code length} of {@code fields} are the sequence's items, the others attributes only. */
    StructSequence(String name, int length, String... fields) {
        this.qualifiedName = name;
        this.items = Arrays.copyOf(fields, length);
        this.fieldCount = fields.length;
        int dot = name.lastIndexOf('.');
        PyType.Builder b = PyType.builder(name.substring(dot + 1)).base(Types.TUPLE)
                .attribute("__module__", PyStr.constant(dot < 0 ? "builtins" : name.substring(0, dot)))
                .attribute("n_fields", PyInt.constant(fields.length))
                .attribute("n_sequence_fields", PyInt.constant(length))
                .attribute("n_unnamed_fields", PyInt.constant(0))
                .constructor(args -> {
                    args.expectPositional(name, 1, 1);
                    return fromSequence(args.thread(), args.get(0));
                });
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            b.readonlyMember(fields[i], (ts, self) -> ts.newRef(index < length ? ((PyTuple) self).get(index)
                    : ((PyTuple.Named) self).extra(index - length)));
        }
        this.type = b.build();
    }

    /** structseq_new: the type called with a sequence of its items, and perhaps the attribute-only fields. */
    private PyObject fromSequence(ThreadState ts, PyObject sequence) {
        if (!Ops.isIterable(sequence)) {
            throw PyErrors.typeError("constructor requires a sequence");
        }
        List<PyObject> values = Ops.toList(ts, sequence);
        int n = values.size();
        if (n < items.length || n > fieldCount) {
            values.forEach(ts::decref);
            String expected = items.length == fieldCount ? "a " + fieldCount
                    : n < items.length ? "an at least " + items.length : "an at most " + fieldCount;
            throw PyErrors.typeError(qualifiedName + "() takes " + expected + "-sequence (" + n + "-sequence given)");
        }
        while (values.size() < fieldCount) {
            values.add(PyNone.NONE);
        }
        return make(ts, values.toArray(new PyObject[0]));
    }

    /** An immortal instance of immortal items (the interpreter's constants); every field an item. */
    PyObject constant(PyObject... values) {
        return new PyTuple.Named(type, items, values);
    }

    /** A new instance of every field's value; takes over the references in {@code values}. */
    PyObject make(ThreadState ts, PyObject... values) {
        return new PyTuple.Named(ts, type, items, Arrays.copyOf(values, items.length),
                Arrays.copyOfRange(values, items.length, fieldCount));
    }

    PyType type() {
        return type;
    }
}
