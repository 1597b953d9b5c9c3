package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.compile.CPythonLayout;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.Pos;

/**
 * A code object's co_code, co_exceptiontable, co_lines() and co_positions(), read from the model's
 * instructions laid out as CPython 3.11 lays out its code units ({@link CPythonLayout}), so that a
 * program printing them sees what dis shows. The opcode numbers are the opcode module's, the one table
 * of them the model has. Written for the model after Objects/codeobject.c's descriptions of the formats
 * (and Objects/exception_handling_notes.txt for the exception table).
 */
public final class CodeLayoutViews {
    /** A location table entry covers at most this many code units (3.11's assembler splits longer instructions). */
    private static final int UNITS_PER_LOCATION = 8;
    /** Opcodes below this ignore their argument, which co_code holds as 0 (opcode.HAVE_ARGUMENT). */
    private static final int HAVE_ARGUMENT = 90;

    private CodeLayoutViews() {}

    /** co_code: each instruction's opcode and low argument byte, its EXTENDED_ARGs before it, zeroed caches after. */
    static PyObject code(ThreadState ts, CodeObject code) {
        PyDict opmap = (PyDict) ts.invoker().importModule(ts, "opcode").dict().get("opmap");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (CPythonLayout.Unit unit : new CPythonLayout(code).units()) {
            int opcode = (int) ((PyInt) opmap.get(unit.opname())).value;
            bytes.write(opcode);
            bytes.write(opcode < HAVE_ARGUMENT ? 0 : unit.arg() & 0xff);
            bytes.writeBytes(new byte[2 * unit.caches()]);
        }
        return new PyBytes(ts, bytes.toByteArray(), false);
    }

    /**
     * co_exceptiontable: per entry its start, length and target in code units and depth << 1 | lasti, each
     * a big-endian run of 6-bit groups, 0x40 marking a group that another follows and 0x80 an entry's first byte.
     */
    static PyObject exceptionTable(ThreadState ts, CodeObject code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (CPythonLayout.Handler h : new CPythonLayout(code).handlers()) {
            writeVarint(bytes, h.start() / 2, 0x80);
            writeVarint(bytes, (h.end() - h.start()) / 2, 0);
            writeVarint(bytes, h.target() / 2, 0);
            writeVarint(bytes, h.depth() << 1 | (h.lasti() ? 1 : 0), 0);
        }
        return new PyBytes(ts, bytes.toByteArray(), false);
    }

    private static void writeVarint(ByteArrayOutputStream bytes, int value, int firstByteFlag) {
        int shift = 0;
        while (value >>> shift + 6 != 0) {
            shift += 6;
        }
        int flag = firstByteFlag;
        for (; shift > 0; shift -= 6) {
            bytes.write(flag | 0x40 | value >>> shift & 0x3f);
            flag = 0;
        }
        bytes.write(flag | value & 0x3f);
    }

    /**
     * co_lines(): (start, end, line) byte ranges, one per instruction with its EXTENDED_ARGs and caches, split
     * every 8 code units as 3.11's location table is; the line None where the instruction has none. 3.11
     * does not merge neighbouring ranges of one line.
     */
    static PyObject lines(ThreadState ts, CodeObject code) {
        CPythonLayout layout = new CPythonLayout(code);
        List<PyObject> ranges = new ArrayList<>();
        for (int i = 0; i < code.instructions().length; i++) {
            int end = layout.offset(i + 1);
            for (int start = layout.offset(i); start < end; start += 2 * UNITS_PER_LOCATION) {
                ranges.add(new PyTuple(ts, new PyObject[] {PyInt.of(ts, start),
                    PyInt.of(ts, Math.min(end, start + 2 * UNITS_PER_LOCATION)), orNone(ts, code.lines()[i])}));
            }
        }
        return iterate(ts, ranges);
    }

    /** co_positions(): one (lineno, end_lineno, col_offset, end_col_offset) per code unit, caches included. */
    static PyObject positions(ThreadState ts, CodeObject code) {
        CPythonLayout layout = new CPythonLayout(code);
        List<PyObject> positions = new ArrayList<>();
        for (int i = 0; i < code.instructions().length; i++) {
            for (int unit = layout.offset(i); unit < layout.offset(i + 1); unit += 2) {
                positions.add(position(ts, code.position(i)));
            }
        }
        return iterate(ts, positions);
    }

    /** A position as co_positions() gives it, None where a part is unknown. */
    public static PyObject position(ThreadState ts, Pos pos) {
        return new PyTuple(ts, new PyObject[] {
            orNone(ts, pos.line()), orNone(ts, pos.endLine()), orNone(ts, pos.column()), orNone(ts, pos.endColumn())});
    }

    /** A line, column or offset of the model's tables, which mark an unknown one negative. */
    public static PyObject orNone(ThreadState ts, int value) {
        return value < 0 ? PyNone.NONE : PyInt.of(ts, value);
    }

    private static PyObject iterate(ThreadState ts, List<PyObject> items) {
        PyList list = new PyList(ts, items);
        PyObject iterator = Ops.iter(ts, list);
        ts.decref(list);
        return iterator;
    }
}
