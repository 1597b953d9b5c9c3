package org.gillab.model.vm;

import java.io.PrintStream;
import java.util.List;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * sys.stdin, sys.stdout and sys.stderr (an _io.TextIOWrapper each in CPython): write() and flush() go
 * to the interpreter's current streams, so output follows a notebook cell as print's does; reading
 * takes lines from the interpreter's {@link Stdin} (a front end's input box, or the process's standard
 * input) without holding the GIL, as a blocking read does in CPython. Immortal.
 */
public final class StdStream extends PyObject {
    private static final PyType TYPE = PyType.builder("_io.TextIOWrapper")
            .method("write", (self, args) -> {
                args.expectPositional("write", 1, 1);
                if (!(args.get(0) instanceof PyStr s)) {
                    throw PyErrors.badArgument("write() argument", "str", args.get(0));
                }
                StdStream stream = (StdStream) self;
                PrintStream out = stream.output(args);
                out.print(stream.asWritten(interpreter(args), args.thread(), s.value));
                if (s.value.indexOf('\n') >= 0) {
                    out.flush();
                }
                return PyInt.of(args.thread(), s.length());
            })
            .method("writelines", (self, args) -> {
                args.expectPositional("writelines", 1, 1);
                StdStream stream = (StdStream) self;
                PrintStream out = stream.output(args);
                for (PyObject line : Ops.toList(args.thread(), args.get(0))) {
                    out.print(stream.asWritten(interpreter(args), args.thread(), line.str()));
                    args.thread().decref(line);
                }
                return PyNone.NONE;
            })
            .method("flush", (self, args) -> {
                StdStream stream = (StdStream) self;
                if (stream.fd != 0) {
                    stream.stream(interpreter(args)).flush();
                }
                return PyNone.NONE;
            })
            .method("readline", (self, args) -> {
                args.expectPositional("readline", 0, 1);
                String line = ((StdStream) self).readLine(args);
                return line == null ? PyStr.constant("") : new PyStr(args.thread(), line + "\n");
            })
            .method("read", (self, args) -> {
                args.expectPositional("read", 0, 1);
                StringBuilder all = new StringBuilder();
                for (String line = ((StdStream) self).readLine(args); line != null; line = ((StdStream) self).readLine(args)) {
                    all.append(line).append('\n');
                }
                return new PyStr(args.thread(), all.toString());
            })
            .method("readlines", (self, args) -> {
                args.expectPositional("readlines", 0, 1);
                ThreadState ts = args.thread();
                PyList lines = new PyList(ts);
                for (String line = ((StdStream) self).readLine(args); line != null; line = ((StdStream) self).readLine(args)) {
                    lines.appendOwned(new PyStr(ts, line + "\n"));
                }
                return lines;
            })
            .method("__iter__", (self, args) -> {
                ((StdStream) self).readable(args.thread());
                return self;
            })
            .method("__next__", (self, args) -> {
                String line = ((StdStream) self).readLine(args);
                if (line == null) {
                    throw PyErrors.stopIteration(null);
                }
                return new PyStr(args.thread(), line + "\n");
            })
            .method("isatty", (self, args) -> PyBool.FALSE)
            // never a file here (a pipe, a front end): CPython's piped stream cannot seek, and its tell() says why
            .method("seekable", (self, args) -> PyBool.FALSE)
            .method("tell", (self, args) -> {
                throw UnsupportedOperation.raise(args.thread(), "underlying stream is not seekable");
            })
            .method("seek", (self, args) -> {
                throw UnsupportedOperation.raise(args.thread(), "underlying stream is not seekable");
            })
            .method("fileno", (self, args) -> PyInt.of(args.thread(), ((StdStream) self).fd))
            .method("writable", (self, args) -> PyBool.of(((StdStream) self).fd != 0))
            .method("readable", (self, args) -> PyBool.of(((StdStream) self).fd == 0))
            .method("reconfigure", (self, args) -> ((StdStream) self).reconfigure(args))
            .getter("encoding", (ts, self) -> new PyStr(ts, ((StdStream) self).settings(ts).encoding()))
            .getter("errors", (ts, self) -> new PyStr(ts, ((StdStream) self).settings(ts).errors()))
            .getter("name", (ts, self) -> PyStr.constant(((StdStream) self).name))
            .getter("mode", (ts, self) -> PyStr.constant(((StdStream) self).fd == 0 ? "r" : "w"))
            .getter("closed", (ts, self) -> PyBool.FALSE)
            .getter("newlines", (ts, self) -> PyNone.NONE)
            .getter("line_buffering", (ts, self) -> PyBool.of(((StdStream) self).settings(ts).lineBuffering()))
            .getter("write_through", (ts, self) -> PyBool.of(((StdStream) self).settings(ts).writeThrough()))
            .getter("buffer", (ts, self) -> ((StdStream) self).buffer)
            .build();

    public static final StdStream STDIN = new StdStream(0, "<stdin>");
    public static final StdStream STDOUT = new StdStream(1, "<stdout>");
    public static final StdStream STDERR = new StdStream(2, "<stderr>");

    private final int fd;
    private final String name;
    /** .buffer: the binary layer under this text one. */
    private final BinaryStdStream buffer;

    private StdStream(int fd, String name) {
        this.fd = fd;
        this.name = name;
        this.buffer = new BinaryStdStream(this);
    }

    int fd() {
        return fd;
    }

    String name() {
        return name;
    }

    private static InterpreterState interpreter(Args args) {
        return (InterpreterState) args.thread().invoker();
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
            stream.print(std.asWritten(interp, ts, String.join("", pieces)));
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

    private StdTextSettings settings(ThreadState ts) {
        return ((InterpreterState) ts.invoker()).stdText.get(fd);
    }

    /**
     * {@code text} as this stream writes it under its reconfigure() settings: "\n" translated as newline= says,
     * and, for an encoding other than UTF-8, only what that encoding can code (io._std_stream_text: its errors=
     * deciding the rest, or a UnicodeEncodeError), as the model's streams carry text rather than bytes.
     */
    private String asWritten(InterpreterState interp, ThreadState ts, String text) {
        StdTextSettings settings = interp.stdText.get(fd);
        if (settings.writesTextAsIs()) {
            return text;
        }
        String newline = settings.translatedNewline();
        String translated = newline == null ? text : text.replace("\n", newline);
        if (settings.isUtf8()) {
            return translated;
        }
        PyObject[] arguments = {new PyStr(ts, translated), new PyStr(ts, settings.encoding()), new PyStr(ts, settings.errors())};
        try {
            PyObject written = interp.call(ts, interp.importModule(ts, "io").dict().get("_std_stream_text"), Args.of(ts, arguments));
            try {
                return written.str();
            } finally {
                ts.decref(written);
            }
        } finally {
            for (PyObject argument : arguments) {
                ts.decref(argument);
            }
        }
    }

    /**
     * reconfigure(**settings): io._reconfigured checks the arguments and works out the new settings, as it does
     * for an io.TextIOWrapper; this interpreter keeps them.
     */
    private PyObject reconfigure(Args args) {
        ThreadState ts = args.thread();
        InterpreterState interp = interpreter(args);
        StdTextSettings settings = interp.stdText.get(fd);
        PyObject current = settings.toTuple(ts);
        PyObject flush = getAttr(ts, "flush");
        try {
            Args call = args.prepend(flush).prepend(PyBool.of(settings.hasRead())).prepend(current);
            PyObject reconfigured = interp.call(ts, interp.importModule(ts, "io").dict().get("_reconfigured"), call);
            try {
                interp.stdText.set(fd, settings.with((PyTuple) reconfigured));
            } finally {
                ts.decref(reconfigured);
            }
        } finally {
            ts.decref(flush);
            ts.decref(current);
        }
        return PyNone.NONE;
    }

    /** The stream this object writes to in the calling thread's interpreter. */
    private PrintStream output(Args args) {
        if (fd == 0) {
            throw UnsupportedOperation.raise(args.thread(), "not writable");
        }
        return stream(interpreter(args));
    }

    PrintStream stream(InterpreterState interp) {
        return fd == 2 ? interp.stderr : interp.stdout;
    }

    private void readable(ThreadState ts) {
        if (fd != 0) {
            throw UnsupportedOperation.raise(ts, "not readable");
        }
    }

    /** The next line of input without its newline, waiting for it without the GIL; null at the end. */
    String readLine(Args args) {
        readable(args.thread());
        InterpreterState interp = interpreter(args);
        interp.stdText.updateAndGet(fd, StdTextSettings::read);
        return interp.allowThreads(args.thread(), interp.stdin::readLine);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    protected String builtinRepr() {
        String encoding = settings(ThreadState.current()).encoding();
        return "<_io.TextIOWrapper name='" + name + "' mode='" + (fd == 0 ? "r" : "w") + "' encoding='" + encoding + "'>";
    }
}
