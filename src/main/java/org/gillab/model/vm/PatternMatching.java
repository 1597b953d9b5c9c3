package org.gillab.model.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * The instructions of a match statement's patterns, as CPython 3.11's ceval.c runs them: GET_LEN,
 * MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS (match_keys) and MATCH_CLASS (match_class). Each takes the
 * frame's stack and returns the new stack depth, as {@link Instructions} does.
 */
final class PatternMatching {
    private PatternMatching() {}

    /** The built-in types whose one positional sub-pattern matches the subject itself (_Py_TPFLAGS_MATCH_SELF), and their subclasses. */
    private static final Set<PyType> MATCH_SELF = Set.of(Types.BOOL, Types.BYTEARRAY, Types.BYTES, Types.DICT, Types.FLOAT,
            Types.FROZENSET, Types.INT, Types.LIST, Types.SET, Types.STR, Types.TUPLE);

    static {
        // The built-in types CPython gives Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING (deque sets its own).
        for (PyType t : List.of(Types.LIST, Types.TUPLE, Types.RANGE, Types.MEMORYVIEW)) {
            t.setCollectionFlag(PyType.SEQUENCE);
        }
        Types.DICT.setCollectionFlag(PyType.MAPPING);
        Types.MAPPINGPROXY.setCollectionFlag(PyType.MAPPING);
    }

    /** GET_LEN: push len(TOS). */
    static int getLength(ThreadState ts, PyObject[] s, int sp) {
        s[sp] = PyInt.of(ts, Ops.len(ts, s[sp - 1]));
        return sp + 1;
    }

    /** MATCH_MAPPING and MATCH_SEQUENCE: push whether TOS's type has the flag. */
    static int matchCollection(PyObject[] s, int sp, int flag) {
        s[sp] = PyBool.of(s[sp - 1].type().collectionFlag() == flag);
        return sp + 1;
    }

    /** MATCH_KEYS: TOS = keys, TOS1 = the subject; push the values or None. */
    static int matchKeys(ThreadState ts, PyObject[] s, int sp) {
        s[sp] = matchKeys(ts, s[sp - 2], (PyTuple) s[sp - 1]);
        return sp + 1;
    }

    /**
     * match_keys: each key looked up with the subject's own get(key, dummy), so that a missing key is no
     * error and a defaultdict creates nothing; a key given twice (two dotted names of one value) is a ValueError.
     */
    private static PyObject matchKeys(ThreadState ts, PyObject subject, PyTuple keys) {
        if (keys.size() == 0) {
            return PyTuple.EMPTY;
        }
        PyObject get = subject.getAttr(ts, "get");
        PyObject dummy = null;
        PySet seen = null;
        PyObject[] values = new PyObject[keys.size()];
        int found = 0;
        try {
            dummy = ts.call(Types.OBJECT);
            seen = new PySet(ts, false);
            for (; found < keys.size(); found++) {
                PyObject key = keys.get(found);
                if (seen.contains(ts, key)) {
                    throw PyErrors.raise(PyErrors.VALUE_ERROR, "mapping pattern checks duplicate key (" + Ops.repr(ts, key) + ")");
                }
                seen.add(ts, key);
                PyObject value = ts.call(get, key, dummy);
                if (value == dummy) {
                    ts.decref(value);
                    return PyNone.NONE;
                }
                values[found] = value;
            }
            PyTuple result = new PyTuple(ts, values);
            found = 0; // the tuple owns them now
            return result;
        } finally {
            for (int i = 0; i < found; i++) {
                ts.decref(values[i]);
            }
            ts.decref(get);
            if (dummy != null) {
                ts.decref(dummy);
            }
            if (seen != null) {
                ts.decref(seen);
            }
        }
    }

    /** MATCH_CLASS nargs: TOS = keyword attribute names, TOS1 = the class, TOS2 = the subject; push the attributes or None. */
    static int matchClass(ThreadState ts, PyObject[] s, int sp, int nargs) {
        PyObject names = Instructions.take(s, --sp);
        PyObject type = Instructions.take(s, --sp);
        PyObject subject = Instructions.take(s, --sp);
        try {
            PyTuple attributes = matchClass(ts, subject, type, nargs, (PyTuple) names);
            s[sp] = attributes != null ? attributes : PyNone.NONE;
            return sp + 1;
        } finally {
            ts.decref(names);
            ts.decref(type);
            ts.decref(subject);
        }
    }

    /**
     * match_class: an isinstance check, then the positional sub-patterns' attributes named by the class's
     * __match_args__ (or the subject itself for the MATCH_SELF builtins), then the keyword ones; null when
     * the subject is no instance or lacks an attribute.
     */
    private static PyTuple matchClass(ThreadState ts, PyObject subject, PyObject type, int nargs, PyTuple keywords) {
        if (!(type instanceof PyType cls)) {
            throw PyErrors.typeError("called match pattern must be a type");
        }
        if (!Ops.isInstance(ts, subject, cls)) {
            return null;
        }
        List<PyObject> attributes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            if (nargs > 0 && !positional(ts, subject, cls, nargs, seen, attributes)) {
                return null;
            }
            for (int i = 0; i < keywords.size(); i++) {
                if (!attribute(ts, subject, cls, (PyStr) keywords.get(i), seen, attributes)) {
                    return null;
                }
            }
            PyTuple result = new PyTuple(ts, attributes.toArray(new PyObject[0]));
            attributes.clear(); // the tuple owns them now
            return result;
        } finally {
            attributes.forEach(ts::decref);
        }
    }

    private static boolean positional(ThreadState ts, PyObject subject, PyType cls, int nargs, Set<String> seen,
                                      List<PyObject> attributes) {
        PyObject matchArgs = Ops.lookupAttr(ts, cls, "__match_args__");
        try {
            boolean matchSelf = false;
            if (matchArgs == null) {
                // MATCH_SELF counts only where __match_args__ is not defined, as CPython's flag does
                matchSelf = Arrays.stream(cls.mro()).anyMatch(MATCH_SELF::contains);
            } else if (matchArgs.type() != Types.TUPLE) {
                throw PyErrors.typeError(cls.name() + ".__match_args__ must be a tuple (got " + matchArgs.type().name() + ")");
            }
            int allowed = matchSelf ? 1 : matchArgs == null ? 0 : ((PyTuple) matchArgs).size();
            if (allowed < nargs) {
                throw PyErrors.typeError(cls.name() + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                ts.incref(subject);
                attributes.add(subject);
                return true;
            }
            for (int i = 0; i < nargs; i++) {
                PyObject name = ((PyTuple) matchArgs).get(i);
                if (name.type() != Types.STR) {
                    throw PyErrors.typeError("__match_args__ elements must be strings (got " + name.type().name() + ")");
                }
                if (!attribute(ts, subject, cls, (PyStr) name, seen, attributes)) {
                    return false;
                }
            }
            return true;
        } finally {
            if (matchArgs != null) {
                ts.decref(matchArgs);
            }
        }
    }

    /** match_class_attr: subject.name into attributes; false when it raises AttributeError. */
    private static boolean attribute(ThreadState ts, PyObject subject, PyType cls, PyStr name, Set<String> seen,
                                     List<PyObject> attributes) {
        if (!seen.add(name.value)) {
            throw PyErrors.typeError(cls.name() + "() got multiple sub-patterns for attribute " + Ops.repr(ts, name));
        }
        PyObject value = Ops.lookupAttr(ts, subject, name.value);
        if (value == null) {
            return false;
        }
        attributes.add(value);
        return true;
    }
}
