package org.gillab.model.object;

import java.math.BigInteger;
import java.util.List;
import org.gillab.model.compile.CodeObject;

/**
 * A code object ready to run: the compiler's {@link CodeObject} with its constants turned into
 * immortal Python objects (CPython interns code constants) and its names into dict keys.
 */
public final class PyCode extends PyObject {
    public final CodeObject source;
    public final String name;
    public final String filename;
    public final int[] instructions;
    public final PyObject[] constants;
    public final PyStr[] names;
    public final String[] varNames;
    public final int argCount;
    public final int defaultCount;
    public final int stackSize;
    /** The VM's instructions with superinstructions (vm.Quickening), made on first run. */
    public volatile int[] quickened;
    /** For KW_NAMES: the keyword names of each tuple-of-str constant, by constant index. */
    public final String[][] keywordNames;

    public PyCode(CodeObject code) {
        this.source = code;
        this.name = code.name();
        this.filename = code.filename();
        this.instructions = code.instructions();
        this.constants = new PyObject[code.constants().size()];
        this.keywordNames = new String[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            Object constant = code.constants().get(i);
            constants[i] = constant(constant);
            if (constant instanceof List<?> tuple && tuple.stream().allMatch(String.class::isInstance)) {
                keywordNames[i] = tuple.toArray(new String[0]);
            }
        }
        this.names = code.names().stream().map(PyStr::constant).toArray(PyStr[]::new);
        this.varNames = code.varNames().toArray(new String[0]);
        this.argCount = code.argCount();
        this.defaultCount = code.defaultCount();
        this.stackSize = code.stackSize();
    }

    private static PyObject constant(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof Long l) {
            return PyInt.constant(l);
        }
        if (value instanceof Integer i) {
            return PyInt.constant(i);
        }
        if (value instanceof BigInteger b) {
            return PyInt.constant(b);
        }
        if (value instanceof Double d) {
            return PyFloat.constant(d);
        }
        if (value instanceof String s) {
            return PyStr.constant(s);
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof CodeObject c) {
            return new PyCode(c);
        }
        if (value instanceof List<?> items) {
            return PyTuple.constant(items.stream().map(PyCode::constant).toArray(PyObject[]::new));
        }
        throw new IllegalArgumentException("unsupported constant in code object: " + value.getClass().getName());
    }

    /** Source line of the instruction at {@code index}. */
    public int line(int index) {
        int[] lines = source.lines();
        return index >= 0 && index < lines.length ? lines[index] : source.firstLine();
    }

    @Override
    public PyType type() {
        return Types.CODE;
    }

    @Override
    public String repr() {
        return "<code object " + name + " at " + address() + ", file \"" + filename + "\", line " + source.firstLine() + ">";
    }
}
