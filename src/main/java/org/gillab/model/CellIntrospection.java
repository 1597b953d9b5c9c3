package org.gillab.model;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.TypeCalls;
import org.gillab.model.vm.InterpreterState;

/**
 * What a notebook front end asks about names while the user types (completion and inspection, as
 * IPython's completer and inspector): only names are looked up, nothing is called, so asking has no
 * side effects. Called holding the GIL.
 */
final class CellIntrospection {
    private final InterpreterState state;
    private final PyModule main;

    CellIntrospection(InterpreterState state, PyModule main) {
        this.state = state;
        this.main = main;
    }

    /** The names code in the main module can use without a dot: its globals, then the builtins. */
    List<String> globalNames() {
        List<String> names = new ArrayList<>(stringKeys(main.dict()));
        names.addAll(stringKeys(state.builtins()));
        return names;
    }

    /** dir() of what {@code dottedName} names, or an empty list when it names nothing. */
    List<String> attributeNames(ThreadState ts, String dottedName) {
        PyObject value = resolve(ts, dottedName);
        if (value == null) {
            return List.of();
        }
        try {
            return TypeCalls.dir(value);
        } finally {
            ts.decref(value);
        }
    }

    /** What {@code dottedName} names, or null when it names nothing. */
    Interpreter.Description describe(ThreadState ts, String dottedName) {
        PyObject value = resolve(ts, dottedName);
        if (value == null) {
            return null;
        }
        try {
            return new Interpreter.Description(value.type().name(), Ops.repr(ts, value),
                    value instanceof PyFunction f ? f.name() + signature(f) : null);
        } finally {
            ts.decref(value);
        }
    }

    /** A new reference to what a dotted name names, looked up as the main module would, or null. */
    private PyObject resolve(ThreadState ts, String dottedName) {
        String[] parts = dottedName.split("\\.", -1);
        PyObject value = main.dict().get(parts[0]);
        if (value == null) {
            value = state.builtins().get(parts[0]);
        }
        if (value == null) {
            return null;
        }
        value = ts.newRef(value);
        for (int i = 1; i < parts.length; i++) {
            try {
                PyObject next = value.getAttr(ts, parts[i]);
                ts.decref(value);
                value = next;
            } catch (PythonException e) {
                ts.decref(e.exception());
                ts.decref(value);
                return null;
            }
        }
        return value;
    }

    /** str(inspect.signature(f)) without annotations: "(a, b=1, /, c, *args, d, e=2, **kw)". */
    static String signature(PyFunction f) {
        CodeObject code = f.code.source;
        List<String> names = code.localsPlusNames();
        List<String> params = new ArrayList<>();
        int positional = code.argCount();
        int firstDefault = positional - f.defaults.length;
        for (int i = 0; i < positional; i++) {
            params.add(i < firstDefault ? names.get(i) : names.get(i) + "=" + f.defaults[i - firstDefault].repr());
            if (i == code.posOnlyArgCount() - 1) {
                params.add("/");
            }
        }
        int next = positional + code.kwOnlyArgCount();
        if ((code.flags() & CodeObject.VARARGS) != 0) {
            params.add("*" + names.get(next++));
        } else if (code.kwOnlyArgCount() > 0) {
            params.add("*");
        }
        for (int i = positional; i < positional + code.kwOnlyArgCount(); i++) {
            PyObject value = f.kwDefaults == null ? null : f.kwDefaults.get(names.get(i));
            params.add(value == null ? names.get(i) : names.get(i) + "=" + value.repr());
        }
        if ((code.flags() & CodeObject.VARKEYWORDS) != 0) {
            params.add("**" + names.get(next));
        }
        return "(" + String.join(", ", params) + ")";
    }

    private static List<String> stringKeys(PyDict dict) {
        return dict.snapshot().stream().map(e -> e.getKey()).filter(PyStr.class::isInstance).map(k -> ((PyStr) k).value).toList();
    }
}
