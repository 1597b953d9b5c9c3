package org.gillab.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.Marshal;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * A Python function sent by its code, defaults, closure and the module whose globals it runs in, as a
 * forked child has its parent's functions where pickle could only name them: what {@link ForkedMain}
 * restores, and a Process's lambda or nested target under fork. Sent as the list [code, filename,
 * module, defaults, kwdefaults, cell contents, indexes of the cells that hold the function itself],
 * which {@code _multiprocessing._function} rebuilds.
 */
final class FunctionByValue {
    private FunctionByValue() {}

    /** The list to send for {@code function}; a PythonException if a default or a closed-over value cannot travel. */
    static List<Object> parts(ThreadState ts, PyFunction function) {
        CodeObject code = function.code.source;
        List<Object> defaults = new ArrayList<>();
        for (PyObject value : function.defaults) {
            defaults.add(PoolValues.toJava(ts, value));
        }
        List<Object> cells = new ArrayList<>();
        List<Object> recursive = new ArrayList<>();
        for (PyCell cell : function.closure) {
            if (cell.get() == null) {
                throw PyErrors.valueError("Cell is empty"); // what copying a closure over an unbound name meets
            }
            if (cell.get() == function) { // a nested function that calls itself
                recursive.add((long) cells.size());
            }
            cells.add(cell.get() == function ? null : PoolValues.toJava(ts, cell.get()));
        }
        PyObject module = function.globals.get("__name__");
        return Arrays.asList(Marshal.dumpCode(code), code.filename(), module == null ? PoolValues.MAIN : module.str(),
                defaults, function.kwDefaults == null ? null : PoolValues.toJava(ts, function.kwDefaults), cells, recursive);
    }

    /** {@code function} as a reduction whose call in the worker rebuilds it. */
    static ReducedValue reduced(ThreadState ts, PyFunction function) {
        return new ReducedValue(new FunctionRef("_multiprocessing", "_function"), parts(ts, function), null, null, null);
    }

    /** A new function from what {@link #parts} sent (received as Python objects, borrowed), in its module's globals here. */
    static PyFunction rebuild(ThreadState ts, List<PyObject> parts) {
        CodeObject code = Marshal.loadCode(((PyBytes) parts.get(0)).value(), ((PyStr) parts.get(1)).value);
        PyDict globals = globals(ts, parts.get(2).str());
        List<PyObject> defaults = Ops.toList(ts, parts.get(3));
        PyDict kwDefaults = parts.get(4) instanceof PyDict d ? ts.newRef(d) : null;
        List<PyObject> contents = Ops.toList(ts, parts.get(5));
        PyCell[] closure = new PyCell[contents.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = new PyCell(ts, contents.get(i));
            ts.decref(contents.get(i));
        }
        PyFunction function = new PyFunction(ts, new PyCode(code), globals, defaults.toArray(PyObject[]::new), kwDefaults,
                closure, null);
        for (PyObject index : Ops.toList(ts, parts.get(6))) {
            closure[(int) Convert.toLong(index, "_function")].set(ts, function);
            ts.decref(index);
        }
        return function;
    }

    /** The globals of module {@code name} here: the parent's main program is the worker's __mp_main__. */
    private static PyDict globals(ThreadState ts, String name) {
        InterpreterState state = (InterpreterState) ts.invoker();
        PyModule main = state.module(PoolValues.MP_MAIN);
        return name.equals(PoolValues.MAIN) && main != null ? main.dict() : state.importModule(ts, name).dict();
    }
}
