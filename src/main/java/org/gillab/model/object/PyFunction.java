package org.gillab.model.object;

import java.util.function.Consumer;

/**
 * A function defined in Python (Objects/funcobject.c): its code, the globals of its module, default
 * values, keyword-only defaults, the cells it closes over, and a __dict__ for attributes such as those
 * functools.wraps copies. A descriptor: looked up through an instance it becomes a bound method.
 */
public final class PyFunction extends PyObject implements GcContainer {
    /** Replaced by assigning __code__ (func_set_code), with as many free variables as the closure has cells. */
    public PyCode code;
    public final PyDict globals;
    /** Default values of the last positional parameters; never null. Replaced by assigning __defaults__. */
    public PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null. Replaced by assigning __kwdefaults__. */
    public PyDict kwDefaults;
    /** The cells of the code's free variables, in co_freevars order; never null. */
    public final PyCell[] closure;
    private String name;
    private String qualname;
    private PyObject doc;
    private PyObject module;
    private PyDict dict;
    private PyObject annotations;

    /**
     * @param defaults    owned references (the function takes them over)
     * @param kwDefaults  owned reference, or null
     * @param closure     owned references
     * @param annotations owned reference to a dict, or null
     */
    public PyFunction(ThreadState ts, PyCode code, PyDict globals, PyObject[] defaults, PyDict kwDefaults,
                      PyCell[] closure, PyObject annotations) {
        super(ts);
        ts.trackContainer(this);
        this.code = code;
        this.globals = ts.newRef(globals);
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        this.doc = ts.newRef(code.docstring());
        PyObject moduleName = globals.get("__name__");
        this.module = ts.newRef(moduleName != null ? moduleName : PyNone.NONE);
        this.dict = new PyDict(ts);
        this.annotations = annotations;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    @Override
    public PyType type() {
        return Types.FUNCTION;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String attribute) {
        return switch (attribute) {
            case "__name__" -> new PyStr(ts, name);
            case "__qualname__" -> new PyStr(ts, qualname);
            case "__doc__" -> ts.newRef(doc);
            case "__module__" -> ts.newRef(module);
            case "__dict__" -> ts.newRef(dict);
            case "__globals__" -> ts.newRef(globals);
            case "__builtins__" -> builtins(ts);
            case "__code__" -> ts.newRef(code);
            case "__defaults__" -> defaults.length == 0 ? PyNone.NONE : PyTuple.of(ts, defaults);
            case "__kwdefaults__" -> kwDefaults == null ? PyNone.NONE : ts.newRef(kwDefaults);
            case "__closure__" -> closure.length == 0 ? PyNone.NONE : PyTuple.of(ts, closure);
            case "__annotations__" -> {
                if (annotations == null) {
                    annotations = new PyDict(ts);
                }
                yield ts.newRef(annotations);
            }
            default -> super.getAttr(ts, attribute);
        };
    }

    /** func_get_builtins: the builtins dict the function's globals name (a module stands for its dict). */
    private PyObject builtins(ThreadState ts) {
        PyObject named = globals.get("__builtins__");
        PyObject dict = named instanceof PyModule module ? module.dictOrNull() : named;
        return dict != null ? ts.newRef(dict) : super.getAttr(ts, "__builtins__");
    }

    @Override
    public void setAttr(ThreadState ts, String attribute, PyObject value) {
        switch (attribute) {
            case "__name__" -> name = requireStr(value, "__name__");
            case "__qualname__" -> qualname = requireStr(value, "__qualname__");
            case "__doc__" -> doc = replace(ts, doc, value);
            case "__module__" -> module = replace(ts, module, value);
            case "__annotations__" -> {
                if (!(value instanceof PyDict)) {
                    throw PyErrors.typeError("__annotations__ must be set to a dict object");
                }
                annotations = replace(ts, annotations, value);
            }
            case "__code__" -> setCode(value);
            case "__dict__" -> {
                if (!(value instanceof PyDict newDict)) {
                    throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
                }
                PyDict old = dict;
                dict = ts.newRef(newDict);
                ts.decref(old);
            }
            case "__globals__", "__closure__", "__builtins__" -> throw PyErrors.attributeError("readonly attribute");
            case "__defaults__" -> setDefaults(ts, value);
            case "__kwdefaults__" -> {
                if (value != PyNone.NONE && !(value instanceof PyDict)) {
                    throw PyErrors.typeError("__kwdefaults__ must be set to a dict object");
                }
                PyDict old = kwDefaults;
                kwDefaults = value == PyNone.NONE ? null : (PyDict) ts.newRef(value);
                ts.xdecref(old);
            }
            default -> super.setAttr(ts, attribute, value);
        }
    }

    /**
     * del f.attr: what funcobject.c's getset and member descriptors do with NULL. __doc__, __module__ and
     * the defaults read None afterwards, __annotations__ a new empty dict; the rest refuse.
     */
    @Override
    public void delAttr(ThreadState ts, String attribute) {
        switch (attribute) {
            case "__doc__", "__module__", "__defaults__", "__kwdefaults__" -> setAttr(ts, attribute, PyNone.NONE);
            case "__annotations__" -> {
                ts.xdecref(annotations);
                annotations = null;
            }
            case "__dict__" -> throw PyErrors.typeError("cannot delete __dict__");
            // their setters refuse NULL with the message they give a value of the wrong type, as funcobject.c's do
            case "__name__", "__qualname__", "__code__", "__globals__", "__closure__", "__builtins__" ->
                    setAttr(ts, attribute, null);
            default -> super.delAttr(ts, attribute);
        }
    }

    /** func_set_code: the new code must close over as many variables as the function has cells. */
    private void setCode(PyObject value) {
        if (!(value instanceof PyCode newCode)) {
            throw PyErrors.typeError("__code__ must be set to a code object");
        }
        int freeVars = newCode.source.freeVars().size();
        if (freeVars != closure.length) {
            throw PyErrors.valueError(name + "() requires a code object with " + closure.length
                    + " free vars, not " + freeVars);
        }
        code = newCode;
    }

    /** func_set_defaults: a tuple (or None) becomes the defaults the next call binds. */
    private void setDefaults(ThreadState ts, PyObject value) {
        if (value != PyNone.NONE && !(value instanceof PyTuple)) {
            throw PyErrors.typeError("__defaults__ must be set to a tuple object");
        }
        PyObject[] old = defaults;
        PyObject[] fresh = value == PyNone.NONE ? new PyObject[0] : ((PyTuple) value).toArray();
        for (PyObject d : fresh) {
            ts.incref(d);
        }
        defaults = fresh;
        for (PyObject d : old) {
            ts.decref(d);
        }
    }

    private static String requireStr(PyObject value, String attribute) {
        if (!(value instanceof PyStr s)) {
            throw PyErrors.typeError(attribute + " must be set to a string object");
        }
        return s.value;
    }

    private static PyObject replace(ThreadState ts, PyObject old, PyObject value) {
        ts.incref(value);
        if (old != null) {
            ts.decref(old);
        }
        return value;
    }

    @Override
    protected String builtinRepr() {
        return "<function " + qualname + " at " + address() + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        for (PyObject d : defaults) {
            ts.decref(d);
        }
        for (PyCell c : closure) {
            ts.decref(c);
        }
        ts.xdecref(kwDefaults);
        ts.xdecref(annotations);
        ts.decref(globals);
        ts.decref(doc);
        ts.decref(module);
        ts.decref(dict);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject d : defaults) {
            visit.accept(d);
        }
        for (PyCell c : closure) {
            visit.accept(c);
        }
        if (kwDefaults != null) {
            visit.accept(kwDefaults);
        }
        if (annotations != null) {
            visit.accept(annotations);
        }
        visit.accept(globals);
        visit.accept(doc);
        visit.accept(module);
        visit.accept(dict);
    }
}
