package org.gillab.model.vm;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.object.ExceptionGroups;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The two instructions of except* (PEP 654) as CPython 3.11's ceval.c runs them: CHECK_EG_MATCH splits
 * the exception by a clause's types, and PREP_RERAISE_STAR (exceptions.c _PyExc_PrepReraiseStar) makes
 * what leaves the try statement of what the clauses raised and of the unmatched rest.
 */
final class ExceptStar {
    private ExceptStar() {}

    /**
     * CHECK_EG_MATCH, the type on top and the exception (or the previous clause's rest, maybe None) below:
     * pushes None when nothing matches; otherwise the rest (or None) replaces the exception, the matching
     * group is pushed and becomes the handled exception (sys.exception() in the clause).
     */
    static int checkMatch(ThreadState ts, PyObject[] s, int sp) {
        PyObject type = s[--sp];
        s[sp] = null;
        PyObject match;
        PyObject rest;
        try {
            checkType(type);
            PyObject exc = s[sp - 1];
            if (exc == PyNone.NONE) {
                match = ts.newRef(PyNone.NONE);
                rest = null;
            } else if (Ops.isInstance(ts, exc, type)) {
                match = ExceptionGroups.isGroup(exc) ? ts.newRef(exc) : wrap(ts, exc);
                rest = ts.newRef(PyNone.NONE);
            } else if (ExceptionGroups.isGroup(exc)) {
                PyObject[] pair = splitByMethod(ts, exc, type);
                match = pair[0];
                rest = pair[1];
            } else {
                match = ts.newRef(PyNone.NONE);
                rest = null;
            }
        } finally {
            ts.decref(type);
        }
        if (match == PyNone.NONE) {
            ts.xdecref(rest);
        } else {
            ts.decref(s[sp - 1]);
            s[sp - 1] = rest;
            ThreadState.ExcInfo info = ts.excInfo;
            PyObject old = info.value;
            info.value = ts.newRef(match);
            ts.xdecref(old);
        }
        s[sp++] = match;
        return sp;
    }

    /** except* takes what except takes, but no exception group type: a clause cannot catch a group whole. */
    private static void checkType(PyObject type) {
        Instructions.checkCatchable(type);
        boolean group = false;
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                group |= ((PyType) t.get(i)).isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP);
            }
        } else {
            group = ((PyType) type).isSubtypeOf(PyErrors.BASE_EXCEPTION_GROUP);
        }
        if (group) {
            throw PyErrors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /** A naked exception that matches is matched as ExceptionGroup('', (exc,)). */
    private static PyObject wrap(ThreadState ts, PyObject exc) {
        PyTuple one = PyTuple.of(ts, exc);
        try {
            return ExceptionGroups.create(ts, "", one);
        } finally {
            ts.decref(one);
        }
    }

    /** exc.split(type), as a program's override of split may answer: the (match, rest) pair, new references. */
    private static PyObject[] splitByMethod(ThreadState ts, PyObject exc, PyObject type) {
        PyObject pair = ts.callMethod(exc, "split", type);
        try {
            PyTuple t = (PyTuple) pair;
            return new PyObject[] {ts.newRef(t.get(0)), ts.newRef(t.get(1))};
        } finally {
            ts.decref(pair);
        }
    }

    /** PREP_RERAISE_STAR: pops the list and the original exception, pushes what to raise or None. */
    static int prepareReraise(ThreadState ts, PyObject[] s, int sp) {
        PyList excs = (PyList) s[--sp];
        s[sp] = null;
        PyObject orig = s[--sp];
        s[sp] = null;
        try {
            s[sp++] = reraised(ts, (PyException) orig, excs.snapshot());
        } finally {
            ts.decref(excs);
            ts.decref(orig);
        }
        return sp;
    }

    /**
     * What leaves the try statement: nothing (None) when the clauses raised nothing and nothing is left;
     * else the exceptions the clauses raised anew, and the part of the original that was re-raised (by a
     * bare raise) or matched by no clause: one of them as it is, several in an ExceptionGroup('', [...]).
     * A naked original was matched by one clause at most, so there is one exception to raise.
     */
    private static PyObject reraised(ThreadState ts, PyException orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return ts.newRef(PyNone.NONE);
        }
        if (!ExceptionGroups.isGroup(orig)) {
            return ts.newRef(excs.get(0));
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> kept = new ArrayList<>();
        for (PyObject e : excs) {
            if (e != PyNone.NONE) {
                (sameMetadata((PyException) e, orig) ? kept : raised).add(e);
            }
        }
        ExceptionGroups.Split projection = ExceptionGroups.split(ts, orig, ExceptionGroups.leavesOf(kept), false);
        PyObject keptGroup = projection.match();
        if (raised.isEmpty()) {
            return keptGroup == null ? ts.newRef(PyNone.NONE) : keptGroup;
        }
        if (keptGroup != null) {
            raised.add(keptGroup);
        }
        try {
            if (raised.size() == 1) {
                return ts.newRef(raised.get(0));
            }
            PyList list = new PyList(ts);
            raised.forEach(e -> list.append(ts, e));
            try {
                return ExceptionGroups.create(ts, "", list);
            } finally {
                ts.decref(list);
            }
        } finally {
            ts.xdecref(keptGroup);
        }
    }

    /**
     * is_same_exception_metadata: a part of the original (a split keeps its traceback, cause and context)
     * rather than an exception raised anew, whose traceback starts where it was raised.
     */
    private static boolean sameMetadata(PyException e, PyException orig) {
        List<PythonException.Frame> a = e.traceback();
        List<PythonException.Frame> b = orig.traceback();
        if (a.size() != b.size() || e.cause() != orig.cause() || e.context() != orig.context()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
