package org.gillab.model.object;

import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.vm.FrameState;

/**
 * A traceback object (Python/traceback.c): one entry of an exception's __traceback__ chain, with
 * tb_lineno, tb_next and a tb_frame that knows its f_lineno and f_code's co_name and co_filename.
 * Made on demand from the frames the exception recorded.
 */
public final class PyTraceback extends PyObject {
    private final List<PythonException.Frame> frames;
    private final int index;

    private PyTraceback(ThreadState ts, List<PythonException.Frame> frames, int index) {
        super(ts);
        this.frames = frames;
        this.index = index;
    }

    /** The chain's head for {@code frames} (outermost first), or None when there are none. */
    static PyObject of(ThreadState ts, List<PythonException.Frame> frames) {
        return frames.isEmpty() ? PyNone.NONE : new PyTraceback(ts, frames, 0);
    }

    /** The frames from this entry inward. */
    public List<PythonException.Frame> frames() {
        return frames.subList(index, frames.size());
    }

    @Override
    public PyType type() {
        return Types.TRACEBACK;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        PythonException.Frame f = frames.get(index);
        return switch (name) {
            case "tb_lineno" -> PyInt.of(ts, f.line());
            case "tb_lasti" -> PyInt.of(ts, 0);
            case "tb_next" -> index + 1 < frames.size() ? new PyTraceback(ts, frames, index + 1) : PyNone.NONE;
            case "tb_frame" -> FrameSummary.of(ts, f);
            default -> super.getAttr(ts, name);
        };
    }

    /**
     * A frame's f_builtins (_PyEval_BuiltinsFromGlobals): its globals' __builtins__, the module's dict when
     * that is a module, else the interpreter's builtins.
     */
    static PyDict builtins(ThreadState ts, PyDict globals) {
        PyObject builtins = globals.get("__builtins__");
        return builtins instanceof PyModule m ? m.dict() : builtins instanceof PyDict d ? d
                : ts.invoker().importModule(ts, "builtins").dict();
    }

    /**
     * What tb_frame shows of a frame: its line, its code's name and file, its globals, and its locals while
     * it runs (a frame that has returned or raised has dropped them: its f_locals is empty).
     */
    static final class FrameSummary extends PyObject {
        private final PythonException.Frame frame;

        private FrameSummary(ThreadState ts, PythonException.Frame frame) {
            super(ts);
            this.frame = frame;
        }

        static FrameSummary of(ThreadState ts, PythonException.Frame frame) {
            return new FrameSummary(ts, frame);
        }

        @Override
        public PyType type() {
            return Types.FRAME;
        }

        @Override
        public PyObject getAttr(ThreadState ts, String name) {
            FrameState state = frame.state();
            return switch (name) {
                case "f_lineno" -> PyInt.of(ts, frame.line());
                case "f_code" -> state == null ? new CodeSummary(ts, frame.function(), frame.filename()) : ts.newRef(state.code());
                case "f_globals" -> state == null ? super.getAttr(ts, name) : ts.newRef(state.globals());
                case "f_locals" -> state == null ? super.getAttr(ts, name) : state.locals(ts);
                case "f_builtins" -> state == null ? super.getAttr(ts, name) : ts.newRef(builtins(ts, state.globals()));
                default -> super.getAttr(ts, name);
            };
        }

        @Override
        protected String builtinRepr() {
            return "<frame at " + address() + ", file '" + frame.filename() + "', line " + frame.line()
                    + ", code " + frame.function() + ">";
        }
    }

    /** f_code of a {@link FrameSummary}: co_name and co_filename. */
    static final class CodeSummary extends PyObject {
        private final String name;
        private final String filename;

        CodeSummary(ThreadState ts, String name, String filename) {
            super(ts);
            this.name = name;
            this.filename = filename;
        }

        @Override
        public PyType type() {
            return Types.CODE;
        }

        @Override
        public PyObject getAttr(ThreadState ts, String attribute) {
            return switch (attribute) {
                case "co_name" -> new PyStr(ts, name);
                case "co_filename" -> new PyStr(ts, filename);
                default -> super.getAttr(ts, attribute);
            };
        }
    }
}
