package org.gillab.model.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gillab.model.PythonException;

/**
 * An exception instance (Objects/exceptions.c BaseException): its args, the traceback it gathered while
 * propagating (innermost entry last, as tb_next chains run), the exception it was raised from
 * (__cause__) and the one being handled when it was raised (__context__). Instances of every built-in
 * exception type and of every class that subclasses one are this Java class.
 */
public final class PyException extends PyInstance {
    private PyTuple args;
    private PyObject cause;
    private PyObject context;
    private boolean suppressContext;
    /** Frames the exception passed through, outermost first (the traceback's tb_next order). */
    private final List<PythonException.Frame> traceback = new ArrayList<>();
    /**
     * The members some built-in exception types add to BaseException's struct (SyntaxError's msg and
     * location, ImportError's msg, name and path, NameError's name, AttributeError's name and obj), by
     * name; absent members are CPython's NULL ones, which read as None. Kept apart from __dict__, which
     * in CPython does not show them. Null until one is set.
     */
    private Map<String, PyObject> members;

    /** A new exception owned by the caller; {@code args} is borrowed. */
    public PyException(ThreadState ts, PyType type, PyTuple args) {
        super(ts, type);
        this.args = ts.newRef(args);
    }

    /** An immortal exception, for errors raised from Java outside any Python thread; its args must be immortal. */
    PyException(PyType type, PyTuple immortalArgs) {
        super(type);
        this.args = immortalArgs;
    }

    public PyTuple args() {
        return args;
    }

    void setArgs(ThreadState ts, PyTuple newArgs) {
        PyTuple old = args;
        args = ts.newRef(newArgs);
        ts.decref(old);
    }

    /** __cause__ (raise ... from ...), or null. */
    public PyObject cause() {
        return cause;
    }

    /** __context__: the exception being handled when this one was raised, or null. */
    public PyObject context() {
        return context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    /** The member {@code name}, borrowed, or null when it is not set. */
    public synchronized PyObject member(String name) {
        return members == null ? null : members.get(name);
    }

    /** Sets the member {@code name} to {@code value} (borrowed), or unsets it when value is null. */
    public void setMember(ThreadState ts, String name, PyObject value) {
        PyObject old;
        synchronized (this) {
            if (members == null) {
                members = new LinkedHashMap<>();
            }
            old = value == null ? members.remove(name) : members.put(name, ts.newRef(value));
        }
        ts.xdecref(old); // outside the lock: freeing it may run a finalizer
    }

    /** Sets the member {@code name} to a new str of {@code value}. */
    public void setStrMember(ThreadState ts, String name, String value) {
        PyStr text = new PyStr(ts, value);
        setMember(ts, name, text);
        ts.decref(text);
    }

    /** raise X from Y: sets __cause__ (None clears it) and __suppress_context__. */
    public void setCause(ThreadState ts, PyObject newCause) {
        PyObject old = cause;
        cause = newCause == null || newCause == PyNone.NONE ? null : ts.newRef(newCause);
        suppressContext = true;
        if (old != null) {
            ts.decref(old);
        }
    }

    /** Implicit chaining (_PyErr_SetObject): the handled exception becomes __context__, without making a cycle. */
    public void setContext(ThreadState ts, PyObject handled) {
        if (handled == this || handled == context) {
            return;
        }
        if (handled instanceof PyException h) {
            // break a cycle: if this exception is already in the handled one's context chain, cut it there
            for (PyException o = h; o != null; o = o.context instanceof PyException next ? next : null) {
                if (o.context == this) {
                    ts.decref(o.context);
                    o.context = null;
                    break;
                }
            }
        }
        PyObject old = context;
        context = handled == null ? null : ts.newRef(handled);
        if (old != null) {
            ts.decref(old);
        }
    }

    void setSuppressContext(boolean value) {
        suppressContext = value;
    }

    /** PyTraceBack_Here: the exception passes outward through another frame, whose frame object it keeps. */
    public void addTraceback(ThreadState ts, PythonException.Frame frame) {
        keep(ts, frame);
        synchronized (traceback) {
            traceback.add(0, frame);
        }
    }

    /** The traceback, outermost frame first, as printed. */
    public List<PythonException.Frame> traceback() {
        synchronized (traceback) {
            return List.copyOf(traceback);
        }
    }

    /** with_traceback(None) or a traceback taken from another exception: replaces the frames. */
    void replaceTraceback(ThreadState ts, List<PythonException.Frame> frames) {
        frames.forEach(f -> keep(ts, f));
        List<PythonException.Frame> old;
        synchronized (traceback) {
            old = List.copyOf(traceback);
            traceback.clear();
            traceback.addAll(frames);
        }
        old.forEach(f -> ts.xdecref(frameObject(f))); // outside the lock: freeing a frame may run a finalizer
    }

    private static void keep(ThreadState ts, PythonException.Frame entry) {
        if (frameObject(entry) != null) {
            ts.incref(frameObject(entry));
        }
    }

    /** The frame object a traceback entry keeps alive (tb_frame), or null. */
    static PyObject frameObject(PythonException.Frame entry) {
        return (PyObject) entry.state();
    }

    /** Whether the exception is an instance of the Python type {@code typeName} or of a subclass. */
    public boolean isInstanceOf(String typeName) {
        for (PyType t : type().mro()) {
            if (t.simpleName().equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    /** BaseException.__str__ (KeyError's shows the key's repr). */
    @Override
    protected String builtinStr() {
        return ExceptionTypes.builtinStr(this);
    }

    /** BaseException.__repr__: ValueError('x'), the type named by _PyType_Name (its __name__). */
    @Override
    protected String builtinRepr() {
        String name = type().simpleName();
        if (args.size() == 1) {
            return name + "(" + args.get(0).repr() + ")";
        }
        return name + (args.size() == 0 ? "()" : args.repr());
    }

    /** The last line of a traceback: "ValueError: bad value", or just "KeyboardInterrupt". */
    public String formatLastLine() {
        String module = type().moduleName();
        String name = module == null || module.equals("builtins") || module.equals("__main__")
                ? type().qualname() : module + "." + type().qualname();
        String message;
        try {
            message = str();
        } catch (PythonException e) {
            // the error of the failed __str__ is dropped, as PyErr_Display clears it
            ThreadState.current().decref(e.exception());
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(args);
        if (cause != null) {
            ts.decref(cause);
        }
        if (context != null) {
            ts.decref(context);
        }
        if (members != null) {
            members.values().forEach(ts::decref);
        }
        traceback.forEach(f -> ts.xdecref(frameObject(f)));
        super.release(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(args);
        if (cause != null) {
            visit.accept(cause);
        }
        if (context != null) {
            visit.accept(context);
        }
        if (members != null) {
            members.values().forEach(visit);
        }
        synchronized (traceback) {
            for (PythonException.Frame f : traceback) {
                if (frameObject(f) != null) {
                    visit.accept(frameObject(f));
                }
            }
        }
        super.traverse(visit);
    }
}
