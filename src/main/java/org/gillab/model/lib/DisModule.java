package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.CPythonLayout;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.object.Args;
import org.gillab.model.object.CodeLayoutViews;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * _dis: what the model's dis.py reads from a code object where CPython's reads co_code, co_lines(),
 * co_positions(), co_exceptiontable, co_names and co_localsplusnames: the model's instructions laid out
 * in CPython 3.11's code units ({@link CPythonLayout}), its exception table in the same byte offsets, and
 * the name tables the arguments index. A model-only module (CPython has no _dis); written for the model.
 */
final class DisModule {
    private DisModule() {}

    static PyModule create() {
        return new PyModule("_dis", true)
                .function("instructions", args -> instructions(args.thread(), code(args, "instructions")))
                .function("exception_table", args -> exceptionTable(args.thread(), code(args, "exception_table")))
                .function("names", args -> strings(args.thread(), code(args, "names").names()))
                .function("localsplusnames", args -> strings(args.thread(), code(args, "localsplusnames").localsPlusNames()))
                .function("stacksize", args -> PyInt.of(args.thread(), code(args, "stacksize").stackSize()));
    }

    private static CodeObject code(Args args, String function) {
        args.expectPositional(function, 1, 1);
        if (!(args.get(0) instanceof PyCode code)) {
            throw PyErrors.typeError(function + "() argument must be a code object, not " + args.get(0).type().name());
        }
        return code.source;
    }

    /**
     * One tuple a unit: (opname, arg, offset, caches, line, (lineno, end_lineno, col_offset, end_col_offset)),
     * the line None where the instruction has none (co_lines()), a position None where it is unknown.
     */
    private static PyObject instructions(ThreadState ts, CodeObject code) {
        List<PyObject> units = new ArrayList<>();
        for (CPythonLayout.Unit unit : new CPythonLayout(code).units()) {
            PyObject positions = CodeLayoutViews.position(ts, code.position(unit.index()));
            units.add(new PyTuple(ts, new PyObject[] {PyStr.constant(unit.opname()), PyInt.of(ts, unit.arg()),
                PyInt.of(ts, unit.offset()), PyInt.of(ts, unit.caches()), CodeLayoutViews.orNone(ts, code.lines()[unit.index()]), positions}));
        }
        return new PyList(ts, units);
    }

    /** co_exceptiontable parsed as dis does: (start, end, target, depth, lasti), in byte offsets, end exclusive. */
    private static PyObject exceptionTable(ThreadState ts, CodeObject code) {
        List<PyObject> entries = new ArrayList<>();
        for (CPythonLayout.Handler h : new CPythonLayout(code).handlers()) {
            entries.add(new PyTuple(ts, new PyObject[] {PyInt.of(ts, h.start()), PyInt.of(ts, h.end()),
                PyInt.of(ts, h.target()), PyInt.of(ts, h.depth()), PyBool.of(h.lasti())}));
        }
        return new PyList(ts, entries);
    }

    private static PyObject strings(ThreadState ts, List<String> values) {
        return PyTuple.of(ts, values.stream().map(PyStr::constant).toArray(PyObject[]::new));
    }
}
