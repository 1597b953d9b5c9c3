package org.gillab.model.object;

import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.vm.FrameState;
import org.gillab.model.PythonException;

/**
 * A traceback object (Python/traceback.c): one entry of an exception's __traceback__ chain, with
 * tb_lineno, tb_next and tb_frame, the frame object of the frame the exception passed through, which
 * the entry keeps alive (with its locals once the frame has finished) as long as the entry lives.
 * Made from the frames the exception recorded, the whole chain at once, each entry owning the next.
 */
public final class PyTraceback extends PyObject implements GcContainer {
    private final List<PythonException.Frame> frames;
    private final int index;
    /** tb_next (owned): the entry for the next frame inward, or None. */
    private final PyObject next;

    private PyTraceback(ThreadState ts, List<PythonException.Frame> frames, int index, PyObject next) {
        super(ts);
        this.frames = frames;
        this.index = index;
        this.next = next;
        if (frame() != null) {
            ts.incref(frame());
        }
        ts.trackContainer(this);
    }

    /** The chain's head for {@code frames} (outermost first), or None when there are none. */
    static PyObject of(ThreadState ts, List<PythonException.Frame> frames) {
        PyObject chain = PyNone.NONE;
        for (int i = frames.size() - 1; i >= 0; i--) {
            chain = new PyTraceback(ts, frames, i, chain); // takes over the reference to the inner entries
        }
        return chain;
    }

    /** The frames from this entry inward. */
    public List<PythonException.Frame> frames() {
        return frames.subList(index, frames.size());
    }

    /** tb_frame (borrowed), or null for an entry that has none. */
    private PyObject frame() {
        return PyException.frameObject(frames.get(index));
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
        return switch (name) {
            case "tb_lineno" -> PyInt.of(ts, frames.get(index).line());
            case "tb_lasti" -> PyInt.of(ts, frame() instanceof FrameState f ? f.code().lasti(frames.get(index).instruction()) : 0);
            case "tb_next" -> ts.newRef(next);
            case "tb_frame" -> ts.newRef(frame() == null ? PyNone.NONE : frame());
            default -> super.getAttr(ts, name);
        };
    }

    @Override
    protected void release(ThreadState ts) {
        ts.xdecref(frame());
        ts.decref(next);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (frame() != null) {
            visit.accept(frame());
        }
        visit.accept(next);
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
}
