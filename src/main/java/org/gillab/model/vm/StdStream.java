package org.gillab.model.vm;

import java.io.PrintStream;
import java.util.List;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * sys.stdout and sys.stderr (an _io.TextIOWrapper in CPython): write() and flush() go to the
 * interpreter's current streams, so output follows a notebook cell as print's does. Immortal.
 */
public final class StdStream extends PyObject {
    private static final PyType TYPE = PyType.builder("_io.TextIOWrapper")
            .method("write", (self, args) -> {
                args.expectPositional("write", 1, 1);
                if (!(args.get(0) instanceof PyStr s)) {
                    throw PyErrors.typeError("write() argument must be str, not " + args.get(0).type().name());
                }
                PrintStream out = ((StdStream) self).stream(args);
                out.print(s.value);
                if (s.value.indexOf('\n') >= 0) {
                    out.flush();
                }
                return PyInt.of(args.thread(), s.length());
            })
            .method("writelines", (self, args) -> {
                args.expectPositional("writelines", 1, 1);
                PrintStream out = ((StdStream) self).stream(args);
                for (PyObject line : org.gillab.model.object.Ops.toList(args.thread(), args.get(0))) {
                    out.print(line.str());
                    args.thread().decref(line);
                }
                return PyNone.NONE;
            })
            .method("flush", (self, args) -> {
                ((StdStream) self).stream(args).flush();
                return PyNone.NONE;
            })
            .method("isatty", (self, args) -> PyBool.FALSE)
            .method("fileno", (self, args) -> PyInt.of(args.thread(), ((StdStream) self).error ? 2 : 1))
            .method("writable", (self, args) -> PyBool.TRUE)
            .method("readable", (self, args) -> PyBool.FALSE)
            .getter("encoding", (ts, self) -> PyStr.constant("utf-8"))
            .getter("errors", (ts, self) -> PyStr.constant("strict"))
            .getter("name", (ts, self) -> PyStr.constant(((StdStream) self).error ? "<stderr>" : "<stdout>"))
            .getter("closed", (ts, self) -> PyBool.FALSE)
            .build();

    public static final StdStream STDOUT = new StdStream(false);
    public static final StdStream STDERR = new StdStream(true);

    private final boolean error;

    private StdStream(boolean error) {
        this.error = error;
    }

    /**
     * Writes {@code pieces} to {@code file}, or to sys.stdout when it is None or absent, as print() does:
     * to the interpreter's own streams at once (so that lines printed by threads stay whole), to any
     * other object one write() call per piece, then flush() if asked, so that sys.stdout = a custom
     * object and contextlib.redirect_stdout see what CPython's would.
     */
    public static void write(InterpreterState interp, ThreadState ts, PyObject file, List<String> pieces, boolean flush) {
        if (file == null || file == PyNone.NONE) {
            PyModule sys = interp.module("sys");
            file = sys == null ? STDOUT : sys.dict().get("stdout");
            if (file == null || file == PyNone.NONE) {
                return; // CPython's print() does nothing when sys.stdout is None
            }
        }
        if (file instanceof StdStream std) {
            PrintStream stream = std.stream(interp);
            stream.print(String.join("", pieces));
            stream.flush();
            return;
        }
        for (String piece : pieces) {
            callMethod(ts, file, "write", new PyStr(ts, piece));
        }
        if (flush) {
            callMethod(ts, file, "flush", null);
        }
    }

    /** file.name(argument) with the result dropped; takes over {@code argument}, which may be null for no argument. */
    private static void callMethod(ThreadState ts, PyObject file, String name, PyObject argument) {
        try {
            PyObject method = file.getAttr(ts, name);
            try {
                ts.decref(argument == null ? ts.call(method) : ts.call(method, argument));
            } finally {
                ts.decref(method);
            }
        } finally {
            ts.xdecref(argument);
        }
    }

    /** The stream this object writes to in the calling thread's interpreter. */
    PrintStream stream(Args args) {
        InterpreterState interp = (InterpreterState) args.thread().invoker();
        return stream(interp);
    }

    PrintStream stream(InterpreterState interp) {
        return error ? interp.stderr : interp.stdout;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='<" + (error ? "stderr" : "stdout") + ">' mode='w' encoding='utf-8'>";
    }
}
