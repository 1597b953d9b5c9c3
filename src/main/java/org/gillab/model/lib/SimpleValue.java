package org.gillab.model.lib;

import com.sun.jna.Pointer;
import org.gillab.model.object.Attributes;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyGetSetDescriptor;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * {@code _SimpleCData.value} (_ctypes.c's Simple_get_value and Simple_set_value over cfield.c's getfunc and
 * setfunc): a getset descriptor that reads and writes the integer, bool, float and double kinds in Java,
 * where the ctypes package's Python conversions cost a shared Value's {@code v.value += 1} some microseconds.
 * Every other kind, and every value these paths do not take as they are (an object with __index__, a
 * float for an int), goes to the package's own conversions, so errors and wrapping stay theirs.
 */
final class SimpleValue {
    private SimpleValue() {}

    /** The descriptor, with the package's Python getter {@code get(self)} and setter {@code set(self, value)}. */
    static PyGetSetDescriptor descriptor(PyObject get, PyObject set) {
        return PyGetSetDescriptor.of("value", "_ctypes._SimpleCData",
                (ts, self) -> {
                    PyObject value = read(ts, self);
                    return value != null ? value : ts.call(get, self);
                },
                (ts, self, value) -> {
                    if (value == null) {
                        throw PyErrors.typeError("can't delete attribute");
                    }
                    if (!write(ts, self, value)) {
                        ts.decref(ts.call(set, self, value));
                    }
                });
    }

    /** The value at the object's address as a new reference, or null for a kind read in Python. */
    private static PyObject read(ThreadState ts, PyObject self) {
        char letter = letter(self.type());
        int size = intSize(letter);
        if (size > 0) {
            return CtypesModule.readInt(ts, address(ts, self), size, Character.isLowerCase(letter));
        }
        return switch (letter) {
            case '?' -> PyBool.of(address(ts, self).getByte(0) != 0);
            case 'f' -> new PyFloat(ts, address(ts, self).getFloat(0));
            case 'd' -> new PyFloat(ts, address(ts, self).getDouble(0));
            default -> null;
        };
    }

    /**
     * Stores an int in an integer kind (its low bits, as C's conversion wraps), a bool, int or None in a
     * bool, a float or small int in a float or double; false when the Python setter must convert the value.
     */
    private static boolean write(ThreadState ts, PyObject self, PyObject value) {
        char letter = letter(self.type());
        int size = intSize(letter);
        if (size > 0 && value instanceof PyInt) {
            CtypesModule.writeInt(address(ts, self), size, CtypesModule.integer(value));
            return true;
        }
        if (letter == '?' && (value instanceof PyInt || value instanceof PyBool || value == PyNone.NONE)) {
            address(ts, self).setByte(0, (byte) (value.truthy() ? 1 : 0));
            return true;
        }
        if ((letter == 'f' || letter == 'd') && (value instanceof PyFloat || value instanceof PyInt i && !i.isBig())) {
            double real = value instanceof PyFloat f ? f.value : ((PyInt) value).value;
            if (letter == 'f') {
                address(ts, self).setFloat(0, (float) real);
            } else {
                address(ts, self).setDouble(0, real);
            }
            return true;
        }
        return false;
    }

    /** The type's format letter (its _type_), or 0 when it has none a simple type can have. */
    private static char letter(PyType type) {
        return type.lookup("_type_") instanceof PyStr s && s.value.length() == 1 ? s.value.charAt(0) : 0;
    }

    /** The byte size of an integer kind (ctypes' _INT_SIZES on a 64-bit Linux), or 0 for any other letter. */
    private static int intSize(char letter) {
        return switch (letter) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I' -> 4;
            case 'l', 'L', 'q', 'Q' -> 8;
            default -> 0;
        };
    }

    /** The object's memory (its _b_address_ slot). */
    private static Pointer address(ThreadState ts, PyObject self) {
        PyType type = self.type();
        PyObject address = Attributes.get(ts, type.lookup("_b_address_"), self, type);
        try {
            return new Pointer(CtypesModule.integer(address));
        } finally {
            ts.decref(address);
        }
    }
}
