package org.gillab.model.object;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.compile.CompareOperator;

/**
 * The special methods of the built-in types as attributes of their types (Objects/typeobject.c's slotdefs
 * table and add_operators, descrobject.c's wrapper_descriptor): {@code list.__len__}, {@code int.__add__},
 * {@code dict.__setitem__}, {@code str.__contains__}. A type lists the slots it fills; each becomes a slot
 * wrapper that checks its arguments as CPython's wrap_* functions do and calls the built-in half of the
 * protocol in {@link Ops}, never a subclass's override. So {@code super().__setitem__(k, v)} in a dict
 * subclass reaches dict's own, {@code int.__add__(1, 2.0)} is NotImplemented (int's slot takes ints only),
 * and {@code hasattr(x, "__iter__")}, {@code dir([])} see what CPython's types have.
 */
final class SlotWrappers {
    private SlotWrappers() {}

    /** The comparison slots (tp_richcompare), which every type with its own comparison fills. */
    static final String[] COMPARISONS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** What a slot does once its arguments are checked: self is an instance of the owner type. */
    @FunctionalInterface
    private interface SlotCall {
        PyObject call(ThreadState ts, PyObject self, PyObject[] args, Predicate<PyObject> accepts);
    }

    /** A slot: how many arguments its wrapper takes after self (at least, at most), and its call. */
    private record Slot(int min, int max, SlotCall call) {}

    private static final Map<String, Slot> SLOTS = table();

    /**
     * Adds the wrappers of the named slots to a type being built. Binary and comparison slots return
     * NotImplemented for a right operand that {@code accepts} refuses: int's take ints only, float's ints
     * and floats, as long_add and float_add convert their operands.
     */
    static PyType.Builder add(PyType.Builder b, Predicate<PyObject> accepts, String... names) {
        for (String name : names) {
            Slot slot = SLOTS.get(name);
            if (slot == null) {
                throw new IllegalArgumentException("no slot " + name);
            }
            b.attribute(name, PyMethodDescriptor.slotWrapper(name, (self, args) -> {
                if (!args.keywordNames().isEmpty()) {
                    throw PyErrors.typeError("wrapper " + name + "() takes no keyword arguments");
                }
                int n = args.size();
                if (n < slot.min || n > slot.max) {
                    throw PyErrors.typeError(slot.min == slot.max
                            ? "expected " + Args.plural(slot.min, "argument") + ", got " + n
                            : " expected " + (n < slot.min ? "at least " + Args.plural(slot.min, "argument")
                                    : "at most " + Args.plural(slot.max, "argument")) + ", got " + n);
                }
                return slot.call.call(args.thread(), self, args.positional().toArray(new PyObject[0]), accepts);
            }));
        }
        return b;
    }

    /** The slots of a type whose binary slots take any right operand their implementation knows. */
    static PyType.Builder add(PyType.Builder b, String... names) {
        return add(b, other -> true, names);
    }

    /** A slot wrapper with an implementation of its own (__init__, __str__ of str), which checks its arguments. */
    static PyType.Builder define(PyType.Builder b, String name, NativeMethod method) {
        return b.attribute(name, PyMethodDescriptor.slotWrapper(name, method));
    }

    /**
     * The __call__ wrapper of a built-in type with a tp_call (wrap_call): calls the object itself with every
     * argument, keywords included. Only types whose objects the invoker calls natively have it, so this
     * never comes back to the wrapper; it is what makes hasattr(len, '__call__') and
     * isinstance(len, collections.abc.Callable) true.
     */
    static PyType.Builder callable(PyType.Builder b) {
        return define(b, "__call__", (self, args) -> args.thread().invoker().call(args.thread(), self, args));
    }

    private static Map<String, Slot> table() {
        Map<String, Slot> t = new HashMap<>();
        unary(t, "__repr__", (ts, self) -> new PyStr(ts, self.builtinRepr()));
        unary(t, "__hash__", (ts, self) -> PyInt.of(ts, Hashing.builtinHash(self)));
        unary(t, "__len__", (ts, self) -> PyInt.of(ts, Ops.builtinLen(self)));
        unary(t, "__bool__", (ts, self) -> PyBool.of(self instanceof NumberInstance n ? n.value.truthy() : self.truthy()));
        unary(t, "__iter__", (ts, self) -> {
            PyObject it = Ops.builtinIter(ts, self);
            if (it == null) {
                throw PyErrors.typeError("'" + self.type().name() + "' object is not iterable");
            }
            return it;
        });
        for (String name : new String[] {"__neg__", "__pos__", "__abs__", "__invert__"}) {
            unary(t, name, (ts, self) -> Ops.builtinUnary(ts, self, name));
        }
        unary(t, "__int__", (ts, self) -> Numbers.toInt(ts, self));
        unary(t, "__float__", (ts, self) -> new PyFloat(ts, Numbers.asDouble(self)));
        unary(t, "__index__", (ts, self) -> ts.newRef(Numbers.asInt(self)));

        binary(t, "__getitem__", (ts, self, key, accepts) -> {
            PyObject item = Ops.builtinGetItem(ts, self, key);
            if (item == null) {
                throw PyErrors.typeError("'" + self.type().name() + "' object is not subscriptable");
            }
            return item;
        });
        binary(t, "__delitem__", (ts, self, key, accepts) -> {
            Ops.builtinDelItem(ts, self, key);
            return PyNone.NONE;
        });
        binary(t, "__contains__", (ts, self, item, accepts) -> PyBool.of(Ops.builtinContains(ts, self, item)));
        t.put("__setitem__", new Slot(2, 2, (ts, self, a, accepts) -> {
            Ops.builtinSetItem(ts, self, a[0], a[1]);
            return PyNone.NONE;
        }));
        for (int i = 0; i < BinaryOperator.PLAIN_COUNT; i++) {
            BinaryOperator op = BinaryOperator.of(i);
            if (op == BinaryOperator.MATRIX_MULTIPLY) {
                continue;
            }
            binary(t, op.method, (ts, self, other, accepts) -> {
                PyObject r = accepts.test(other) ? Ops.builtinBinary(ts, op, self, other) : Ops.NI;
                if (r == Ops.NI && op == BinaryOperator.ADD && Ops.isSequence(self)) {
                    throw Ops.concatError(self, other);
                }
                return r;
            });
            binary(t, op.reflected, (ts, self, other, accepts) ->
                    accepts.test(other) ? Ops.builtinBinary(ts, op, other, self) : Ops.NI);
            binary(t, "__i" + op.method.substring(2), (ts, self, other, accepts) -> Ops.builtinInPlace(ts, op, self, other));
        }
        t.put("__pow__", new Slot(1, 2, (ts, self, a, accepts) -> power(ts, self, a[0], a.length == 2 ? a[1] : null, accepts)));
        t.put("__rpow__", new Slot(1, 2, (ts, self, a, accepts) -> power(ts, a[0], self, a.length == 2 ? a[1] : null, accepts)));
        binary(t, "__divmod__", (ts, self, other, accepts) -> accepts.test(other) ? Ops.builtinDivmod(ts, self, other) : Ops.NI);
        binary(t, "__rdivmod__", (ts, self, other, accepts) -> accepts.test(other) ? Ops.builtinDivmod(ts, other, self) : Ops.NI);
        for (int i = 0; i < COMPARISONS.length; i++) {
            CompareOperator op = CompareOperator.of(i);
            binary(t, COMPARISONS[i], (ts, self, other, accepts) ->
                    accepts.test(other) ? Ops.builtinCompare(ts, op, self, other) : Ops.NI);
        }
        return t;
    }

    private interface Unary {
        PyObject call(ThreadState ts, PyObject self);
    }

    private interface Binary {
        PyObject call(ThreadState ts, PyObject self, PyObject other, Predicate<PyObject> accepts);
    }

    private static void unary(Map<String, Slot> t, String name, Unary call) {
        t.put(name, new Slot(0, 0, (ts, self, a, accepts) -> call.call(ts, self)));
    }

    private static void binary(Map<String, Slot> t, String name, Binary call) {
        t.put(name, new Slot(1, 1, (ts, self, a, accepts) -> call.call(ts, self, a[0], accepts)));
    }

    /** nb_power with its optional modulus (pow(base, exp, mod) for ints). */
    private static PyObject power(ThreadState ts, PyObject base, PyObject exp, PyObject mod, Predicate<PyObject> accepts) {
        if (!accepts.test(base) || !accepts.test(exp)) {
            return Ops.NI;
        }
        if (mod == null || mod == PyNone.NONE) {
            return Ops.builtinBinary(ts, BinaryOperator.POWER, base, exp);
        }
        PyInt b = Numbers.asInt(base);
        PyInt e = Numbers.asInt(exp);
        PyInt m = Numbers.asInt(mod);
        if (b == null || e == null || m == null) {
            if (Numbers.floatValue(base) != null || Numbers.floatValue(exp) != null) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return Ops.NI;
        }
        return Numbers.powMod(ts, b, e, m);
    }

}
