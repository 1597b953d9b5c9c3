package org.gillab.model.vm;

import static org.gillab.model.vm.Frame.LOCALS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gillab.model.PythonException;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.object.Args;
import org.gillab.model.object.Attributes;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBoundMethod;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyMethodDescriptor;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.PySlice;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.object.Format;

/**
 * The instructions the eval loop runs rarely, one method each, kept out of {@link Eval#run} so that its
 * hot loop stays small enough for the JIT. Each takes the frame's stack and returns the new stack
 * depth; a jump returns {@code -(target + 1)} with the depth left in {@link Frame#sp}.
 */
final class Instructions {
    private Instructions() {}

    static int execute(ThreadState ts, InterpreterState interp, Frame f, int word, int pc, int sp) {
        PyObject[] s = f.slots;
        PyCode code = f.code;
        int arg = word >>> 8;
        switch (word & 0xFF) {
            case Op.DELETE_GLOBAL: {
                PyObject old = f.globals.remove(ts, code.names[arg]);
                if (old == null) {
                    throw PyErrors.nameError(code.names[arg].value);
                }
                ts.decref(old);
                return sp;
            }
            case Op.DELETE_NAME: {
                PyStr name = code.names[arg];
                PyDict locals = exactDict(f.locals);
                if (locals == null) {
                    Ops.delItem(ts, f.locals, name);
                    return sp;
                }
                PyObject old = locals.remove(ts, name);
                if (old == null) {
                    throw PyErrors.nameError(name.value);
                }
                ts.decref(old);
                return sp;
            }
            case Op.DELETE_DEREF: {
                PyCell cell = (PyCell) s[LOCALS + arg];
                if (cell.get() == null) {
                    throw unboundFree(code, arg);
                }
                cell.set(ts, null);
                return sp;
            }
            case Op.LOAD_CLASSDEREF: {
                PyStr name = PyStr.constant(code.localsPlusNames[arg]);
                PyObject v = f.locals instanceof PyDict d ? d.get(name) : null;
                if (v == null) {
                    v = ((PyCell) s[LOCALS + arg]).get();
                    if (v == null) {
                        throw unboundFree(code, arg);
                    }
                }
                s[sp++] = ts.newRef(v);
                return sp;
            }
            case Op.MAKE_CELL: {
                PyObject initial = s[LOCALS + arg];
                s[LOCALS + arg] = new PyCell(ts, initial);
                ts.xdecref(initial);
                return sp;
            }
            case Op.COPY_FREE_VARS: {
                int first = LOCALS + code.nlocalsPlus - arg;
                for (int i = 0; i < arg; i++) {
                    s[first + i] = ts.newRef(f.closure[i]);
                }
                return sp;
            }
            case Op.DELETE_ATTR: {
                PyObject owner = take(s, --sp);
                try {
                    owner.delAttr(ts, code.names[arg].value);
                } finally {
                    ts.decref(owner);
                }
                return sp;
            }
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_POSITIVE:
            case Op.UNARY_INVERT: {
                PyObject a = s[sp - 1];
                int op = word & 0xFF;
                s[sp - 1] = op == Op.UNARY_NEGATIVE ? Ops.negative(ts, a)
                        : op == Op.UNARY_POSITIVE ? Ops.positive(ts, a) : Ops.invert(ts, a);
                ts.decref(a);
                return sp;
            }
            case Op.UNARY_NOT: {
                PyObject a = s[sp - 1];
                s[sp - 1] = PyBool.of(!a.truthy());
                ts.decref(a);
                return sp;
            }
            case Op.DELETE_SUBSCR: {
                PyObject index = take(s, --sp);
                PyObject container = take(s, --sp);
                try {
                    Ops.delItem(ts, container, index);
                } finally {
                    ts.decref(index);
                    ts.decref(container);
                }
                return sp;
            }
            case Op.BUILD_SET: {
                PySet set = new PySet(ts, false);
                try {
                    for (int i = sp - arg; i < sp; i++) {
                        set.add(ts, s[i]);
                    }
                } catch (RuntimeException e) {
                    ts.decref(set);
                    throw e;
                } finally {
                    for (int i = sp - arg; i < sp; i++) {
                        ts.decref(s[i]);
                        s[i] = null;
                    }
                }
                sp -= arg;
                s[sp++] = set;
                return sp;
            }
            case Op.BUILD_CONST_KEY_MAP: {
                PyTuple keys = (PyTuple) s[--sp];
                int base = sp - arg;
                PyDict dict = new PyDict(ts);
                try {
                    for (int i = 0; i < arg; i++) {
                        dict.put(ts, keys.get(i), s[base + i]);
                    }
                } catch (RuntimeException e) {
                    ts.decref(dict);
                    throw e;
                } finally {
                    ts.decref(keys);
                    for (int i = base; i < sp; i++) {
                        ts.decref(s[i]);
                        s[i] = null;
                    }
                }
                sp = base;
                s[sp++] = dict;
                return sp;
            }
            case Op.BUILD_MAP: {
                int base = sp - 2 * arg;
                PyDict dict = new PyDict(ts);
                try {
                    for (int i = base; i < sp; i += 2) {
                        dict.put(ts, s[i], s[i + 1]);
                    }
                } catch (RuntimeException e) {
                    ts.decref(dict);
                    throw e;
                } finally {
                    for (int i = base; i < sp; i++) {
                        ts.decref(s[i]);
                        s[i] = null;
                    }
                }
                sp = base;
                s[sp++] = dict;
                return sp;
            }
            case Op.BUILD_STRING: {
                StringBuilder out = new StringBuilder();
                for (int i = sp - arg; i < sp; i++) {
                    out.append(((PyStr) s[i]).value);
                    ts.decref(s[i]);
                }
                sp -= arg;
                s[sp++] = new PyStr(ts, out.toString());
                return sp;
            }
            case Op.FORMAT_VALUE: {
                boolean hasSpec = (arg & 4) != 0;
                PyObject spec = hasSpec ? s[sp - 1] : null;
                PyObject value = s[hasSpec ? sp - 2 : sp - 1];
                int conversion = arg & 3;
                PyObject converted = conversion == 1 ? PyStr.constant(value.str())
                        : conversion == 2 ? PyStr.constant(value.repr())
                        : conversion == 3 ? PyStr.constant(Format.ascii(value.repr())) : value;
                // only an exact str skips format(): a subclass's __format__ or __str__ has its say
                String text = converted.type() == Types.STR && spec == null ? ((PyStr) converted).value
                        : Ops.format(ts, converted, spec == null ? "" : ((PyStr) spec).value);
                PyStr result = new PyStr(ts, text);
                if (hasSpec) {
                    sp--;
                    ts.decref(spec);
                }
                ts.decref(value);
                s[sp - 1] = result;
                return sp;
            }
            case Op.BUILD_SLICE: {
                PyObject step = arg == 3 ? s[sp - 1] : PyNone.NONE;
                int base = sp - arg;
                PySlice slice = new PySlice(ts, s[base], s[base + 1], step);
                for (int i = base; i < sp; i++) {
                    ts.decref(s[i]);
                }
                sp = base;
                s[sp++] = slice;
                return sp;
            }
            case Op.SET_ADD: {
                PyObject item = take(s, --sp);
                try {
                    ((PySet) s[sp - arg]).add(ts, item);
                } finally {
                    ts.decref(item);
                }
                return sp;
            }
            case Op.MAP_ADD: {
                PyObject value = take(s, --sp);
                PyObject key = take(s, --sp);
                try {
                    ((PyDict) s[sp - arg]).put(ts, key, value);
                } finally {
                    ts.decref(key);
                    ts.decref(value);
                }
                return sp;
            }
            case Op.LIST_EXTEND: {
                PyObject iterable = take(s, --sp);
                try {
                    if (!Ops.isIterable(iterable)) {
                        throw PyErrors.typeError("Value after * must be an iterable, not " + iterable.type().name());
                    }
                    Ops.extend(ts, (PyList) s[sp - arg], iterable);
                } finally {
                    ts.decref(iterable);
                }
                return sp;
            }
            case Op.SET_UPDATE: {
                PyObject iterable = take(s, --sp);
                try {
                    ((PySet) s[sp - arg]).addAll(ts, iterable);
                } finally {
                    ts.decref(iterable);
                }
                return sp;
            }
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE: {
                PyObject mapping = take(s, --sp);
                try {
                    merge(ts, (PyDict) s[sp - arg], mapping, (word & 0xFF) == Op.DICT_MERGE, s[sp - arg - 2 >= 0 ? sp - arg - 2 : 0]);
                } finally {
                    ts.decref(mapping);
                }
                return sp;
            }
            case Op.LIST_TO_TUPLE: {
                PyList list = (PyList) s[sp - 1];
                s[sp - 1] = PyTuple.of(ts, list.items().toArray(new PyObject[0]));
                ts.decref(list);
                return sp;
            }
            case Op.UNPACK_EX:
                return unpackEx(ts, s, sp, arg & 0xFF, arg >> 8);
            case Op.CALL_FUNCTION_EX: {
                f.pc = pc;
                PyObject kwargs = (arg & 1) != 0 ? take(s, --sp) : null;
                PyObject positional = take(s, --sp);
                PyObject callable = take(s, --sp);
                PyObject nullSlot = take(s, --sp);
                try {
                    s[sp++] = callWithStar(ts, interp, callable, positional, kwargs);
                } finally {
                    ts.decref(callable);
                    ts.decref(positional);
                    ts.xdecref(kwargs);
                    ts.xdecref(nullSlot);
                }
                return sp;
            }
            case Op.MAKE_FUNCTION:
                return makeFunction(ts, f, s, sp, arg);
            case Op.LOAD_BUILD_CLASS: {
                PyObject build = interp.builtins.get("__build_class__");
                if (build == null) {
                    throw PyErrors.raise(PyErrors.NAME_ERROR, "__build_class__ not found");
                }
                s[sp++] = ts.newRef(build);
                return sp;
            }
            case Op.SETUP_ANNOTATIONS: {
                PyStr key = PyStr.constant("__annotations__");
                PyDict d = exactDict(f.locals);
                boolean missing;
                if (d != null) {
                    missing = d.get(key) == null;
                } else {
                    PyObject existing = lookupMapping(ts, f.locals, key);
                    missing = existing == null;
                    ts.xdecref(existing);
                }
                if (missing) {
                    PyDict annotations = new PyDict(ts);
                    storeName(ts, f, key, annotations);
                    ts.decref(annotations);
                }
                return sp;
            }
            case Op.LOAD_ASSERTION_ERROR:
                s[sp++] = PyErrors.ASSERTION_ERROR;
                return sp;
            case Op.BEFORE_WITH:
                return beforeWith(ts, s, sp);
            case Op.WITH_EXCEPT_START: {
                f.pc = pc;
                PyObject exc = s[sp - 1];
                PyObject exit = s[sp - 4];
                PyObject tb = exc.getAttr(ts, "__traceback__");
                try {
                    s[sp++] = ts.call(exit, exc.type(), exc, tb);
                } finally {
                    ts.decref(tb);
                }
                return sp;
            }
            case Op.RAISE_VARARGS:
                throw raise(ts, s, sp, arg);
            case Op.CHECK_EG_MATCH:
                return ExceptStar.checkMatch(ts, s, sp);
            case Op.PREP_RERAISE_STAR:
                return ExceptStar.prepareReraise(ts, s, sp);
            case Op.SEND:
                return send(ts, f, s, sp, arg);
            case Op.GET_YIELD_FROM_ITER: {
                PyObject iterable = s[sp - 1];
                if (!(iterable instanceof PyGenerator)) {
                    s[sp - 1] = Ops.iter(ts, iterable);
                    ts.decref(iterable);
                }
                return sp;
            }
            case Op.GET_AWAITABLE:
                return Awaits.getAwaitable(ts, s, sp, arg);
            case Op.BEFORE_ASYNC_WITH:
                return Awaits.beforeAsyncWith(ts, s, sp);
            case Op.GET_AITER:
                return Awaits.getAiter(ts, s, sp);
            case Op.GET_ANEXT:
                return Awaits.getAnext(ts, s, sp);
            case Op.END_ASYNC_FOR:
                return Awaits.endAsyncFor(ts, f, s, sp);
            case Op.ASYNC_GEN_WRAP:
                return PyAsyncGenerator.wrap(ts, s, sp);
            case Op.IMPORT_NAME: {
                f.pc = pc;
                PyObject fromList = take(s, --sp);
                PyObject level = take(s, --sp);
                try {
                    s[sp++] = interp.imports.importName(ts, code.names[arg].value, f.globals, fromList,
                            (int) ((PyInt) level).value);
                } finally {
                    ts.decref(fromList);
                    ts.decref(level);
                }
                return sp;
            }
            case Op.IMPORT_FROM:
                s[sp] = interp.imports.importFrom(ts, s[sp - 1], code.names[arg].value);
                return sp + 1;
            case Op.IMPORT_STAR: {
                PyObject module = take(s, --sp);
                try {
                    interp.imports.importStar(ts, module, f.locals);
                } finally {
                    ts.decref(module);
                }
                return sp;
            }
            case Op.PRINT_EXPR: {
                PyObject value = take(s, --sp);
                try {
                    interp.displayHook(ts, value);
                } finally {
                    ts.decref(value);
                }
                return sp;
            }
            case Op.GET_LEN:
                return PatternMatching.getLength(ts, s, sp);
            case Op.MATCH_MAPPING:
                return PatternMatching.matchCollection(s, sp, PyType.MAPPING);
            case Op.MATCH_SEQUENCE:
                return PatternMatching.matchCollection(s, sp, PyType.SEQUENCE);
            case Op.MATCH_KEYS:
                return PatternMatching.matchKeys(ts, s, sp);
            case Op.MATCH_CLASS:
                return PatternMatching.matchClass(ts, s, sp, arg);
            default:
                throw new IllegalStateException("bad opcode " + (word & 0xFF) + " at " + (pc - 1) + " in " + code.name);
        }
    }

    /**
     * Takes the item at {@code index} off the stack, leaving null: the eval loop's stack depth is not yet
     * updated while an instruction here runs, so an exception it raises must not find the item still there.
     */
    static PyObject take(PyObject[] s, int index) {
        PyObject v = s[index];
        s[index] = null;
        return v;
    }

    static PythonException unbound(PyCode code, int index) {
        return PyErrors.raise(PyErrors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + code.localsPlusNames[index]
                + "' where it is not associated with a value");
    }

    /** A free variable whose cell is empty (the enclosing function has not assigned it yet). */
    static PythonException unboundFree(PyCode code, int index) {
        String name = code.localsPlusNames[index];
        if ((code.localsPlusKinds[index] & CodeObject.FREE) != 0) {
            return PyErrors.nameError(name, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return PyErrors.raise(PyErrors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    /** LOAD_NAME: the locals mapping, then globals, then builtins. */
    static PyObject loadName(ThreadState ts, InterpreterState interp, Frame f, PyStr name) {
        PyObject v;
        PyDict locals = exactDict(f.locals);
        if (locals != null) {
            v = locals.get(name);
        } else {
            v = lookupMapping(ts, f.locals, name);
            if (v != null) {
                return v;
            }
        }
        if (v == null) {
            v = f.globals.get(name);
            if (v == null) {
                v = interp.builtins.get(name);
                if (v == null) {
                    throw PyErrors.nameError(name.value);
                }
            }
        }
        return ts.newRef(v);
    }

    /** locals[name] of a mapping that is not a dict (a metaclass's __prepare__), or null. */
    private static PyObject lookupMapping(ThreadState ts, PyObject mapping, PyStr name) {
        try {
            return Ops.getItem(ts, mapping, name);
        } catch (PythonException e) {
            if (e.is("KeyError")) {
                ts.decref(e.exception());
                return null;
            }
            throw e;
        }
    }

    /**
     * The locals mapping when it is exactly a dict, else null: a dict subclass from a metaclass's __prepare__
     * (enum's _EnumDict) sees every store through its own __setitem__ (PyDict_CheckExact in ceval.c).
     */
    private static PyDict exactDict(PyObject locals) {
        return locals instanceof PyDict d && d.type() == Types.DICT ? d : null;
    }

    static void storeName(ThreadState ts, Frame f, PyStr name, PyObject value) {
        PyDict locals = exactDict(f.locals);
        if (locals != null) {
            locals.put(ts, name, value);
        } else if (f.locals != null) {
            Ops.setItem(ts, f.locals, name, value);
        } else {
            throw PyErrors.raise(PyErrors.SYSTEM_ERROR, "no locals found when storing " + name.repr());
        }
    }

    /**
     * LOAD_METHOD: for a function or method descriptor found on the type (and not shadowed by the instance
     * dict), pushes (function, self) without binding; otherwise (NULL, attribute).
     */
    static void loadMethod(ThreadState ts, PyObject[] s, int sp, String name) {
        PyObject owner = s[sp - 1];
        PyObject descriptor = unboundMethod(owner, owner.type(), name);
        if (descriptor != null && (owner.dictOrNull() == null || owner.dictOrNull().get(name) == null)) {
            s[sp - 1] = ts.newRef(descriptor);
            s[sp] = owner;
            return;
        }
        PyObject attribute;
        try {
            attribute = owner.getAttr(ts, name);
        } catch (PythonException e) {
            throw PyErrors.withAttributeContext(ts, e, owner, name);
        }
        s[sp - 1] = null;
        s[sp] = attribute;
        ts.decref(owner);
    }

    /**
     * The function or method descriptor that {@code owner.name} would bind, found on its type, when its
     * attribute lookup is the generic one (so that LOAD_METHOD may skip binding it); else null. Whether the
     * instance's __dict__ shadows it is left to the caller.
     */
    static PyObject unboundMethod(PyObject owner, PyType type, String name) {
        if (!owner.genericGetAttr() || overridesGetattribute(type)) {
            return null;
        }
        PyObject descriptor = type.lookup(name);
        return descriptor instanceof PyFunction || descriptor instanceof PyMethodDescriptor ? descriptor : null;
    }

    private static boolean overridesGetattribute(PyType type) {
        return type.isHeapType() && type.overrides("__getattribute__");
    }

    /** PRECALL: a bound method with NULL below it becomes (function, self), so CALL passes self as the first argument. */
    static void precall(ThreadState ts, PyObject[] s, int base) {
        if (s[base] == null && s[base + 1] instanceof PyBoundMethod m) {
            s[base] = ts.newRef(m.function);
            s[base + 1] = ts.newRef(m.self);
            ts.decref(m);
        }
    }

    static int unpackSequence(ThreadState ts, PyObject[] s, int sp, int count) {
        PyObject seq = s[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.type().solidBase() == t.type() || seq instanceof PyTuple t2 && !t2.type().isHeapType()) {
            items = ((PyTuple) seq).toArray();
            check(items.length, count);
            for (PyObject item : items) {
                ts.incref(item);
            }
        } else if (seq instanceof PyList l && !l.type().isHeapType()) {
            items = l.snapshot().toArray(new PyObject[0]);
            check(items.length, count);
            for (PyObject item : items) {
                ts.incref(item);
            }
        } else {
            items = iterateForUnpack(ts, seq, count);
        }
        sp--;
        for (int i = count - 1; i >= 0; i--) {
            s[sp++] = items[i];
        }
        ts.decref(seq);
        return sp;
    }

    private static void check(int got, int expected) {
        if (got < expected) {
            throw PyErrors.valueError("not enough values to unpack (expected " + expected + ", got " + got + ")");
        }
        if (got > expected) {
            throw PyErrors.valueError("too many values to unpack (expected " + expected + ")");
        }
    }

    /** Unpacking any iterable: takes count items and checks that no more follow (unpack_iterable). */
    private static PyObject[] iterateForUnpack(ThreadState ts, PyObject seq, int count) {
        if (!Ops.isIterable(seq)) {
            throw PyErrors.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        PyObject it = Ops.iter(ts, seq);
        PyObject[] items = new PyObject[count];
        try {
            for (int i = 0; i < count; i++) {
                items[i] = Ops.next(ts, it);
                if (items[i] == null) {
                    for (int j = 0; j < i; j++) {
                        ts.decref(items[j]);
                    }
                    throw PyErrors.valueError("not enough values to unpack (expected " + count + ", got " + i + ")");
                }
            }
            PyObject extra = Ops.next(ts, it);
            if (extra != null) {
                ts.decref(extra);
                for (PyObject item : items) {
                    ts.decref(item);
                }
                throw PyErrors.valueError("too many values to unpack (expected " + count + ")");
            }
            return items;
        } finally {
            ts.decref(it);
        }
    }

    /** a, *b, c = seq: {@code before} items, a list of the middle ones, {@code after} items. */
    private static int unpackEx(ThreadState ts, PyObject[] s, int sp, int before, int after) {
        PyObject seq = take(s, --sp);
        List<PyObject> items;
        try {
            items = Ops.toList(ts, seq);
        } finally {
            ts.decref(seq);
        }
        if (items.size() < before + after) {
            items.forEach(ts::decref);
            throw PyErrors.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + items.size() + ")");
        }
        PyList middle = new PyList(ts, new ArrayList<>(items.subList(before, items.size() - after)));
        List<PyObject> targets = new ArrayList<>(items.subList(0, before));
        targets.add(middle);
        targets.addAll(items.subList(items.size() - after, items.size()));
        for (int i = targets.size() - 1; i >= 0; i--) {
            s[sp++] = targets.get(i);
        }
        return sp;
    }

    /** DICT_UPDATE / DICT_MERGE (a call's **mapping, where a repeated keyword is an error). */
    private static void merge(ThreadState ts, PyDict target, PyObject mapping, boolean call, PyObject callable) {
        if (!(mapping instanceof PyDict) && mapping.type().lookup("keys") == null) {
            throw PyErrors.typeError(call ? describe(ts, callable) + " argument after ** must be a mapping, not " + mapping.type().name()
                    : "'" + mapping.type().name() + "' object is not a mapping");
        }
        PyDict source;
        if (mapping instanceof PyDict d) {
            source = d;
            ts.incref(d);
        } else {
            source = new PyDict(ts);
            source.updateFrom(ts, mapping);
        }
        try {
            for (Map.Entry<PyObject, PyObject> e : source.snapshot()) {
                if (call) {
                    if (!(e.getKey() instanceof PyStr)) {
                        throw PyErrors.typeError("keywords must be strings");
                    }
                    if (target.get(e.getKey()) != null) {
                        throw PyErrors.typeError(describe(ts, callable) + " got multiple values for keyword argument '"
                                + e.getKey().str() + "'");
                    }
                }
                target.put(ts, e.getKey(), e.getValue());
            }
        } finally {
            ts.decref(source);
        }
    }

    /** _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins), else str() of the callable. */
    private static String describe(ThreadState ts, PyObject callable) {
        String qualname = textAttribute(ts, callable, "__qualname__");
        if (qualname == null) {
            return callable.str();
        }
        String module = textAttribute(ts, callable, "__module__");
        return (module == null || module.equals("builtins") ? "" : module + ".") + qualname + "()";
    }

    /** The str value of an attribute, or null when there is none or it is not a str. */
    private static String textAttribute(ThreadState ts, PyObject o, String name) {
        PyObject value;
        try {
            value = o.getAttr(ts, name);
        } catch (PythonException e) {
            if (!e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
            return null;
        }
        try {
            return value instanceof PyStr s ? s.value : null;
        } finally {
            ts.decref(value);
        }
    }

    /** f(*args, **kwargs): the tuple (any iterable) and the dict become the call's arguments. */
    static PyObject callWithStar(ThreadState ts, InterpreterState interp, PyObject callable, PyObject positional,
                                 PyObject kwargs) {
        List<PyObject> args;
        if (positional instanceof PyTuple t) {
            args = new ArrayList<>(List.of(t.toArray()));
            args.forEach(ts::incref);
        } else {
            if (!Ops.isIterable(positional)) {
                throw PyErrors.typeError(describe(ts, callable) + " argument after * must be an iterable, not "
                        + positional.type().name());
            }
            args = Ops.toList(ts, positional);
        }
        List<String> names = new ArrayList<>();
        if (kwargs != null) {
            for (Map.Entry<PyObject, PyObject> e : ((PyDict) kwargs).snapshot()) {
                names.add(((PyStr) e.getKey()).value);
                args.add(ts.newRef(e.getValue()));
            }
        }
        PyObject[] values = args.toArray(new PyObject[0]);
        try {
            // CALL's own path: a builtin called this way raises the profiler's c_call and c_return too, as do_call_core does
            return interp.call(ts, callable, values, 0, values.length, names.toArray(new String[0]));
        } finally {
            for (PyObject v : values) {
                ts.decref(v);
            }
        }
    }

    /** MAKE_FUNCTION: from the top, the code, then as flagged the closure, annotations, keyword defaults, defaults. */
    private static int makeFunction(ThreadState ts, Frame f, PyObject[] s, int sp, int flags) {
        PyCode body = (PyCode) s[--sp];
        PyCell[] closure = new PyCell[0];
        if ((flags & 8) != 0) {
            PyTuple cells = (PyTuple) s[--sp];
            closure = new PyCell[cells.size()];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = ts.newRef((PyCell) cells.get(i));
            }
            ts.decref(cells);
        }
        PyObject annotations = null;
        if ((flags & 4) != 0) {
            PyTuple pairs = (PyTuple) s[--sp];
            PyDict dict = new PyDict(ts);
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                dict.put(ts, pairs.get(i), pairs.get(i + 1));
            }
            ts.decref(pairs);
            annotations = dict;
        }
        PyDict kwDefaults = null;
        if ((flags & 2) != 0) {
            kwDefaults = (PyDict) s[--sp];
        }
        PyObject[] defaults = new PyObject[0];
        if ((flags & 1) != 0) {
            PyTuple tuple = (PyTuple) s[--sp];
            defaults = tuple.toArray();
            for (PyObject d : defaults) {
                ts.incref(d);
            }
            ts.decref(tuple);
        }
        s[sp++] = new PyFunction(ts, body, f.globals, defaults, kwDefaults, closure, annotations);
        return sp;
    }

    /** BEFORE_WITH: pushes the bound __exit__, then __enter__()'s result. */
    private static int beforeWith(ThreadState ts, PyObject[] s, int sp) {
        return enterContext(ts, s, sp, "__enter__", "__exit__", "the context manager protocol");
    }

    /**
     * BEFORE_WITH and BEFORE_ASYNC_WITH: looks both methods up on the manager's type, pushes the bound exit
     * method in the manager's place, then the result of calling the enter method.
     */
    static int enterContext(ThreadState ts, PyObject[] s, int sp, String enterName, String exitName, String protocol) {
        PyObject manager = s[sp - 1];
        PyType type = manager.type();
        PyObject enter = type.lookup(enterName);
        PyObject exitMethod = type.lookup(exitName);
        if (enter == null) {
            throw PyErrors.typeError("'" + type.name() + "' object does not support " + protocol);
        }
        if (exitMethod == null) {
            throw PyErrors.typeError("'" + type.name() + "' object does not support " + protocol + " (missed " + exitName + " method)");
        }
        PyObject exit = Attributes.get(ts, exitMethod, manager, type);
        PyObject boundEnter = Attributes.get(ts, enter, manager, type);
        PyObject entered;
        try {
            entered = ts.call(boundEnter);
        } catch (RuntimeException e) {
            ts.decref(exit);
            throw e;
        } finally {
            ts.decref(boundEnter);
        }
        s[sp - 1] = exit;
        ts.decref(manager);
        s[sp++] = entered;
        return sp;
    }

    /** RAISE_VARARGS: raise (re-raise the handled exception), raise X, raise X from Y. */
    private static PythonException raise(ThreadState ts, PyObject[] s, int sp, int arg) {
        if (arg == 0) {
            PyObject handled = ts.handledException();
            if (handled == null) {
                return PyErrors.runtimeError("No active exception to reraise");
            }
            return new PythonException((PyException) ts.newRef(handled), ts.frame);
        }
        PyObject cause = arg == 2 ? take(s, --sp) : null;
        PyObject what = take(s, --sp);
        PyException exc;
        try {
            exc = instantiate(ts, what);
        } finally {
            ts.decref(what);
        }
        if (cause != null) {
            try {
                PyObject causeValue = cause instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION)
                        ? instantiate(ts, t) : ts.newRef(cause);
                if (causeValue != PyNone.NONE && !(causeValue instanceof PyException)) {
                    ts.decref(causeValue);
                    ts.decref(exc);
                    return PyErrors.typeError("exception causes must derive from BaseException");
                }
                exc.setCause(ts, causeValue);
                ts.decref(causeValue);
            } finally {
                ts.decref(cause);
            }
        }
        return new PythonException(exc);
    }

    /** raise X: an exception type is called with no arguments; anything else must be an exception. */
    private static PyException instantiate(ThreadState ts, PyObject what) {
        if (what instanceof PyException e) {
            return ts.newRef(e);
        }
        if (what instanceof PyType type && type.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
            PyObject made = type.construct(Args.of(ts));
            if (!(made instanceof PyException e)) {
                ts.decref(made);
                throw PyErrors.typeError("calling " + type.repr() + " should have returned an instance of BaseException, not "
                        + made.type().name());
            }
            return e;
        }
        throw PyErrors.typeError("exceptions must derive from BaseException");
    }

    /**
     * CHECK_EXC_MATCH: the exception's class is the type or a subclass, or of one in a tuple of them
     * (PyErr_GivenExceptionMatches, which asks no metaclass's __instancecheck__ or __subclasscheck__).
     */
    static boolean exceptionMatches(PyObject exc, PyObject type) {
        checkCatchable(type);
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (exc.type().isSubtypeOf((PyType) t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return exc.type().isSubtypeOf((PyType) type);
    }

    /** check_except_type_valid: an except clause names exception classes, one or a tuple of them. */
    static void checkCatchable(PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                checkCatchableClass(t.get(i));
            }
        } else {
            checkCatchableClass(type);
        }
    }

    private static void checkCatchableClass(PyObject type) {
        if (!(type instanceof PyType t) || !t.isSubtypeOf(PyErrors.BASE_EXCEPTION)) {
            throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Implicit chaining (_PyErr_SetObject): a newly raised exception's __context__ is the one being handled. */
    static void setContext(ThreadState ts, PythonException e) {
        if (e.contextChecked()) {
            return;
        }
        e.markContextChecked();
        PyObject handled = ts.handledException();
        if (handled != null && handled != e.exception()) {
            e.exception().setContext(ts, handled);
        }
    }

    /**
     * SEND: sends the value on top to the iterator below it (yield from); pushes what it yields, or replaces
     * the iterator with its return value and jumps to arg.
     */
    private static int send(ThreadState ts, Frame f, PyObject[] s, int sp, int target) {
        PyObject value = take(s, --sp);
        PyObject receiver = s[sp - 1];
        PyObject result;
        boolean returned;
        try {
            // awaiting coroutine.__await__() drives the coroutine, whose return value its wrapper's next() drops
            PyObject driven = receiver instanceof PyCoroutine.Wrapper w ? w.coroutine : receiver;
            if (driven instanceof PyGenerator g) {
                result = g.resume(ts, value, null);
                returned = g.isFinished();
            } else {
                try {
                    result = value == PyNone.NONE ? Ops.next(ts, receiver)
                            : org.gillab.model.object.Slots.callOptional(ts, receiver, "send", value);
                    returned = result == null;
                    if (returned) {
                        result = ts.newRef(PyNone.NONE);
                    }
                } catch (PythonException e) {
                    if (!e.is("StopIteration")) {
                        throw e;
                    }
                    result = e.exception().getAttr(ts, "value");
                    ts.decref(e.exception());
                    returned = true;
                }
            }
        } finally {
            ts.decref(value);
        }
        if (returned) {
            ts.decref(receiver);
            s[sp - 1] = result;
            f.sp = sp;
            return -(target + 1);
        }
        s[sp++] = result;
        return sp;
    }
}
