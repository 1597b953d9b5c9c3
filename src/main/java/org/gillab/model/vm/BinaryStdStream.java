package org.gillab.model.vm;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;

/**
 * sys.stdout.buffer and sys.stderr.buffer (an _io.BufferedWriter each in CPython), and what os.write(1)
 * and os.write(2) write through: bytes go as they are to the same interpreter stream as the text
 * layer's str, so they reach a notebook cell too. sys.stdin.buffer reads the text layer's lines as
 * UTF-8 bytes. Immortal, one per standard stream.
 */
final class BinaryStdStream extends PyObject {
    private static final PyType WRITER = common(PyType.builder("_io.BufferedWriter"))
            .method("write", (self, args) -> {
                args.expectPositional("write", 1, 1);
                byte[] bytes = PyBytes.buffer(args.get(0));
                if (bytes == null) {
                    throw PyErrors.typeError("a bytes-like object is required, not '" + args.get(0).type().name() + "'");
                }
                PrintStream out = ((BinaryStdStream) self).text.stream((InterpreterState) args.thread().invoker());
                out.write(bytes, 0, bytes.length);
                out.flush();
                return PyInt.of(args.thread(), bytes.length);
            })
            .method("flush", (self, args) -> PyNone.NONE)
            .build();

    private static final PyType READER = common(PyType.builder("_io.BufferedReader"))
            .method("readline", (self, args) -> {
                args.expectPositional("readline", 0, 1);
                return bytes(args, ((BinaryStdStream) self).text.readLine(args), "\n");
            })
            .method("read", (self, args) -> {
                args.expectPositional("read", 0, 1);
                StringBuilder all = new StringBuilder();
                for (String line = ((BinaryStdStream) self).text.readLine(args); line != null;
                     line = ((BinaryStdStream) self).text.readLine(args)) {
                    all.append(line).append('\n');
                }
                return bytes(args, all.toString(), "");
            })
            .build();

    private static PyType.Builder common(PyType.Builder b) {
        return b.method("fileno", (self, args) -> PyInt.of(args.thread(), ((BinaryStdStream) self).text.fd()))
                .method("isatty", (self, args) -> PyBool.FALSE)
                .method("writable", (self, args) -> PyBool.of(((BinaryStdStream) self).text.fd() != 0))
                .method("readable", (self, args) -> PyBool.of(((BinaryStdStream) self).text.fd() == 0))
                .getter("name", (ts, self) -> PyStr.constant(((BinaryStdStream) self).text.name()))
                .getter("mode", (ts, self) -> PyStr.constant(((BinaryStdStream) self).text.fd() == 0 ? "rb" : "wb"))
                .getter("closed", (ts, self) -> PyBool.FALSE);
    }

    private static PyObject bytes(Args args, String line, String end) {
        return line == null ? new PyBytes(args.thread(), new byte[0], false)
                : new PyBytes(args.thread(), (line + end).getBytes(StandardCharsets.UTF_8), false);
    }

    private final StdStream text;

    BinaryStdStream(StdStream text) {
        this.text = text;
    }

    @Override
    public PyType type() {
        return text.fd() == 0 ? READER : WRITER;
    }

    @Override
    protected String builtinRepr() {
        return "<" + type().name() + " name='" + text.name() + "'>";
    }
}
