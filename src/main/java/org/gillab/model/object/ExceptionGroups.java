package org.gillab.model.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654, Objects/exceptions.c): __new__ and its checks, which
 * pick ExceptionGroup for a group of Exceptions only; message and exceptions; str; derive; and split and
 * subgroup by an exception type, a tuple of them or a predicate, which the interpreter's except* uses too.
 * A group is a {@link PyException} whose members "message" and "exceptions" hold what CPython's
 * PyBaseExceptionGroupObject adds to BaseException.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    private static final String MESSAGE = "message";
    private static final String EXCEPTIONS = "exceptions";

    /** How split and subgroup test an exception (exceptions.c's _exceptiongroup_split_matcher_type). */
    @FunctionalInterface
    public interface Matcher {
        boolean matches(ThreadState ts, PyException exc);
    }

    /** BaseExceptionGroup's own methods and members; ExceptionGroup inherits them all. */
    static void addTo(PyType.Builder b) {
        b.newInstance(ExceptionGroups::newGroup)
                .method("__str__", (self, args) -> new PyStr(args.thread(), str((PyException) self)))
                .method("derive", ExceptionGroups::derive)
                .method("split", (self, args) -> splitMethod((PyException) self, args))
                .method("subgroup", (self, args) -> subgroupMethod((PyException) self, args))
                .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
                .readonlyMember(MESSAGE, (ts, self) -> member(ts, self, MESSAGE))
                .readonlyMember(EXCEPTIONS, (ts, self) -> member(ts, self, EXCEPTIONS));
    }

    /** Whether {@code o} is an exception group (_PyBaseExceptionGroup_Check). */
    public static boolean isGroup(PyObject o) {
        return o instanceof PyException e && e.type().isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP);
    }

    /** A group's exceptions tuple, borrowed. */
    public static PyTuple exceptions(PyException group) {
        return group.member(EXCEPTIONS) instanceof PyTuple t ? t : PyTuple.EMPTY;
    }

    /**
     * BaseExceptionGroup.__new__(cls, message, exceptions): message a str, exceptions a non-empty sequence
     * of exceptions, stored as a tuple; args keep both as given. BaseExceptionGroup itself makes an
     * ExceptionGroup when every exception is an Exception, and a group that must be an Exception refuses
     * any that is not.
     */
    private static PyObject newGroup(PyType cls, Args args) {
        ThreadState ts = args.thread();
        List<PyObject> given = args.positional();
        if (given.size() != 2) {
            throw PyErrors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + given.size() + " given)");
        }
        if (!(given.get(0) instanceof PyStr message)) {
            throw PyErrors.badArgument("BaseExceptionGroup.__new__() argument 1", "str", given.get(0));
        }
        if (!Ops.sequenceCheck(given.get(1))) {
            throw PyErrors.typeError("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = new PyTuple(ts, Ops.toList(ts, given.get(1)).toArray(new PyObject[0]));
        try {
            if (excs.size() == 0) {
                throw PyErrors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean nestsBaseExceptions = false;
            for (int i = 0; i < excs.size(); i++) {
                if (!(excs.get(i) instanceof PyException e)) {
                    throw PyErrors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                nestsBaseExceptions |= !e.type().isSubtypeOf(PyErrors.EXCEPTION);
            }
            PyType type = groupType(cls, nestsBaseExceptions);
            PyTuple all = PyTuple.of(ts, given.toArray(new PyObject[0]));
            PyException group = new PyException(ts, type, all);
            ts.decref(all);
            group.setMember(ts, MESSAGE, message);
            group.setMember(ts, EXCEPTIONS, excs);
            return group;
        } finally {
            ts.decref(excs);
        }
    }

    /** The class the group is made as: ExceptionGroup for BaseExceptionGroup of Exceptions only; TypeError where an Exception would hold a BaseException. */
    private static PyType groupType(PyType cls, boolean nestsBaseExceptions) {
        if (cls == PyErrors.BASE_EXCEPTION_GROUP) {
            return nestsBaseExceptions ? cls : PyErrors.EXCEPTION_GROUP;
        }
        if (nestsBaseExceptions && cls == PyErrors.EXCEPTION_GROUP) {
            throw PyErrors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        if (nestsBaseExceptions && cls.isSubtypeOf(PyErrors.EXCEPTION)) {
            throw PyErrors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        return cls;
    }

    /** str(group): "message (N sub-exceptions)". */
    static String str(PyException group) {
        PyObject message = group.member(MESSAGE);
        int n = exceptions(group).size();
        return (message == null ? "" : message.str()) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    private static PyObject member(ThreadState ts, PyObject self, String name) {
        PyObject value = ((PyException) self).member(name);
        return ts.newRef(value == null ? PyNone.NONE : value);
    }

    /** derive(excs): BaseExceptionGroup(self.message, excs), which a subclass overrides to keep its class. */
    private static PyObject derive(PyObject self, Args args) {
        args.noKeywords("derive");
        if (args.size() != 1) {
            throw PyErrors.typeError("function takes exactly 1 argument (" + args.size() + " given)");
        }
        PyObject message = ((PyException) self).member(MESSAGE);
        return args.thread().call(PyErrors.BASE_EXCEPTION_GROUP, message == null ? PyNone.NONE : message, args.get(0));
    }

    /** _PyExc_CreateExceptionGroup: BaseExceptionGroup(message, excs), for what except* raises. */
    public static PyException create(ThreadState ts, String message, PyObject excs) {
        PyStr text = new PyStr(ts, message);
        try {
            return (PyException) ts.call(PyErrors.BASE_EXCEPTION_GROUP, text, excs);
        } finally {
            ts.decref(text);
        }
    }

    /** subgroup(condition): the matching part of the group, or None. */
    private static PyObject subgroupMethod(PyException self, Args args) {
        args.checkPositional("subgroup", "subgroup", 1, 1);
        ThreadState ts = args.thread();
        Split s = split(ts, self, matcher(args.get(0)), false);
        return s.match == null ? ts.newRef(PyNone.NONE) : s.match;
    }

    /** split(condition): (match, rest), either None when empty. */
    private static PyObject splitMethod(PyException self, Args args) {
        args.checkPositional("split", "split", 1, 1);
        ThreadState ts = args.thread();
        Split s = split(ts, self, matcher(args.get(0)), true);
        PyObject[] pair = {s.match == null ? ts.newRef(PyNone.NONE) : s.match, s.rest == null ? ts.newRef(PyNone.NONE) : s.rest};
        return new PyTuple(ts, pair);
    }

    /**
     * The matcher of split and subgroup's condition: a predicate (a callable that is no class), an
     * exception type or an exact tuple of them.
     */
    private static Matcher matcher(PyObject condition) {
        if (Ops.isCallable(condition) && !(condition instanceof PyType)) {
            return (ts, exc) -> {
                PyObject result = ts.call(condition, exc);
                try {
                    return result.truthy();
                } finally {
                    ts.decref(result);
                }
            };
        }
        if (isExceptionClass(condition)) {
            return (ts, exc) -> exc.type().isSubtypeOf((PyType) condition);
        }
        if (condition instanceof PyTuple t && t.type() == Types.TUPLE && allExceptionClasses(t)) {
            return (ts, exc) -> {
                for (int i = 0; i < t.size(); i++) {
                    if (exc.type().isSubtypeOf((PyType) t.get(i))) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw PyErrors.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType t && t.isSubtypeOf(PyErrors.BASE_EXCEPTION);
    }

    private static boolean allExceptionClasses(PyTuple t) {
        for (int i = 0; i < t.size(); i++) {
            if (!isExceptionClass(t.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The parts of a split, new references, null where empty (the rest is null too when not asked for). */
    public record Split(PyObject match, PyObject rest) {}

    /**
     * exceptiongroup_split_recursive: an exception that matches is all match (the very object); a leaf
     * that does not is all rest; a group otherwise splits each of its exceptions and derives a group of
     * each side's parts, which keeps the original's traceback, cause, context and a copy of its notes.
     */
    public static Split split(ThreadState ts, PyException exc, Matcher matcher, boolean withRest) {
        if (matcher.matches(ts, exc)) {
            return new Split(ts.newRef(exc), null);
        }
        if (!isGroup(exc)) {
            return new Split(null, withRest ? ts.newRef(exc) : null);
        }
        List<PyObject> matches = new ArrayList<>();
        List<PyObject> rests = new ArrayList<>();
        PyObject match = null;
        try {
            PyTuple excs = exceptions(exc);
            for (int i = 0; i < excs.size(); i++) {
                Split part = split(ts, (PyException) excs.get(i), matcher, withRest);
                if (part.match != null) {
                    matches.add(part.match);
                }
                if (part.rest != null) {
                    rests.add(part.rest);
                }
            }
            match = subset(ts, exc, matches);
            return new Split(match, withRest ? subset(ts, exc, rests) : null);
        } catch (RuntimeException e) {
            ts.xdecref(match);
            throw e;
        } finally {
            matches.forEach(ts::decref);
            rests.forEach(ts::decref);
        }
    }

    /** exceptiongroup_subset: orig.derive(excs) with orig's metadata, or null for no exceptions. */
    private static PyObject subset(ThreadState ts, PyException orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return null;
        }
        PyList list = new PyList(ts);
        excs.forEach(e -> list.append(ts, e));
        PyObject derived;
        try {
            derived = ts.callMethod(orig, "derive", list);
        } finally {
            ts.decref(list);
        }
        if (!isGroup(derived)) {
            ts.decref(derived);
            throw PyErrors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        try {
            copyMetadata(ts, orig, (PyException) derived);
        } catch (RuntimeException e) {
            ts.decref(derived);
            throw e;
        }
        return derived;
    }

    /** What a split part takes from the group it came from: traceback, context, cause (which suppresses the context) and notes. */
    private static void copyMetadata(ThreadState ts, PyException orig, PyException derived) {
        if (!orig.traceback().isEmpty()) {
            derived.replaceTraceback(ts, orig.traceback());
        }
        derived.setContext(ts, orig.context());
        derived.setCause(ts, orig.cause());
        PyObject notes = Ops.lookupAttr(ts, orig, "__notes__");
        if (notes == null) {
            return;
        }
        try {
            if (Ops.sequenceCheck(notes)) {
                PyList copy = new PyList(ts, Ops.toList(ts, notes)); // the parts get lists of their own
                try {
                    derived.setAttr(ts, "__notes__", copy);
                } finally {
                    ts.decref(copy);
                }
            }
        } finally {
            ts.decref(notes);
        }
    }

    /** A matcher of the exceptions themselves, never of a group (EXCEPTION_GROUP_MATCH_INSTANCE_IDS). */
    public static Matcher leavesOf(List<PyObject> groups) {
        Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        groups.forEach(g -> collectLeaves(g, leaves));
        return (ts, exc) -> !isGroup(exc) && leaves.contains(exc);
    }

    private static void collectLeaves(PyObject exc, Set<PyObject> leaves) {
        if (!isGroup(exc)) {
            leaves.add(exc);
            return;
        }
        PyTuple excs = exceptions((PyException) exc);
        for (int i = 0; i < excs.size(); i++) {
            collectLeaves(excs.get(i), leaves);
        }
    }
}
