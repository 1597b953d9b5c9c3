package org.gillab.model.lib;

import org.gillab.model.PythonException;
import org.gillab.model.compile.Carets;
import org.gillab.model.compile.Pos;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTraceback;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * _traceback: what the model's traceback.py learns from the model's compiler where CPython's learns it
 * from code.co_positions() and the ast module: where in its source line a traceback entry's instruction
 * lies, and the ^ and ~ marker line CPython 3.11 prints under it. The markers come from the very code the
 * interpreter prints uncaught exceptions with ({@link Carets}), so traceback.print_exc() and an uncaught
 * exception print the same text; inspect asks it the same of a frame object. Also hide_frames, which makes a Python function's frames as invisible to
 * tracebacks as a C function's (asyncio's Future and Task, C in CPython). A model-only module (CPython has
 * no _traceback); written for the model.
 */
final class TracebackModule {
    private TracebackModule() {}

    static PyModule create() {
        return new PyModule("_traceback", true)
                .function("hide_frames", args -> {
                    args.expectPositional("hide_frames", 1, 1);
                    if (!(args.get(0) instanceof PyFunction function)) {
                        throw PyErrors.typeError("hide_frames() argument must be a function, not " + args.get(0).type().name());
                    }
                    function.code.hiddenFromTracebacks = true;
                    return args.thread().newRef(function);
                })
                .function("positions", args -> {
                    args.expectPositional("positions", 1, 1);
                    if (args.get(0) instanceof FrameObject frame) {
                        return positions(args.thread(), frame.where());
                    }
                    if (!(args.get(0) instanceof PyTraceback tb)) {
                        throw PyErrors.typeError("positions() argument must be a traceback or frame, not "
                                + args.get(0).type().name());
                    }
                    return positions(args.thread(), tb.frames().get(0));
                })
                .function("carets", args -> {
                    args.expectPositional("carets", 5, 5);
                    for (int i = 1; i < 5; i++) {
                        if (args.get(i) == PyNone.NONE) {
                            return PyNone.NONE;
                        }
                    }
                    Pos position = new Pos(toInt(args.get(1)), toInt(args.get(3)), toInt(args.get(2)), toInt(args.get(4)));
                    String carets = Carets.under(args.get(0).str(), position);
                    return carets == null ? PyNone.NONE : new PyStr(args.thread(), carets);
                });
    }

    private static int toInt(PyObject value) {
        return (int) Convert.toLong(value, "carets");
    }

    /** (lineno, end_lineno, colno, end_colno) of a traceback entry; Nones where the position is unknown. */
    private static PyObject positions(ThreadState ts, PythonException.Frame frame) {
        Pos p = frame.position();
        if (p == null) {
            return new PyTuple(ts, new PyObject[] {PyInt.of(ts, frame.line()), PyNone.NONE, PyNone.NONE, PyNone.NONE});
        }
        return new PyTuple(ts, new PyObject[] {PyInt.of(ts, frame.line()), PyInt.of(ts, p.endLine()), PyInt.of(ts, p.column()),
            PyInt.of(ts, p.endColumn())});
    }
}
