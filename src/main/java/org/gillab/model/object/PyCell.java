package org.gillab.model.object;

import java.util.function.Consumer;

/** A cell (Objects/cellobject.c): the box through which a closure shares a variable with its enclosing function. */
public final class PyCell extends PyObject implements GcContainer {
    private PyObject contents;

    /** A cell holding {@code contents} (borrowed; null for an empty cell). */
    public PyCell(ThreadState ts, PyObject contents) {
        super(ts);
        ts.trackContainer(this);
        this.contents = contents == null ? null : ts.newRef(contents);
    }

    /** The contents, borrowed, or null when the variable is unbound. */
    public PyObject get() {
        return contents;
    }

    /** Replaces the contents with {@code value} (borrowed; null empties the cell). */
    public void set(ThreadState ts, PyObject value) {
        PyObject old = contents;
        contents = value == null ? null : ts.newRef(value);
        if (old != null) {
            ts.decref(old);
        }
    }

    /** Stores a value whose reference the cell takes over (STORE_DEREF's pop). */
    public void setOwned(ThreadState ts, PyObject value) {
        PyObject old = contents;
        contents = value;
        if (old != null) {
            ts.decref(old);
        }
    }

    @Override
    public PyType type() {
        return Types.CELL;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        if (name.equals("cell_contents")) {
            if (contents == null) {
                throw PyErrors.valueError("Cell is empty");
            }
            return ts.newRef(contents);
        }
        return super.getAttr(ts, name);
    }

    @Override
    protected String builtinRepr() {
        return "<cell at " + address() + ": " + (contents == null ? "empty"
                : contents.type().name() + " object at " + contents.address()) + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        if (contents != null) {
            ts.decref(contents);
            contents = null;
        }
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (contents != null) {
            visit.accept(contents);
        }
    }
}
