package org.gillab.model.vm;

import java.util.function.Consumer;
import org.gillab.model.object.Args;
import org.gillab.model.object.Attributes;
import org.gillab.model.object.PyCell;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * super() (Objects/typeobject.c super_getattro): attribute lookup that starts after a class in the MRO
 * of an object's type. With no arguments it finds the class in the calling method's __class__ cell and
 * the object in the method's first argument.
 */
final class PySuper extends PyObject {
    static final PyType TYPE = PyType.builder("super")
            .newInstance((cls, args) -> make(args))
            .build();

    private final PyType start;
    private final PyObject obj;
    private final PyType objType;

    private PySuper(ThreadState ts, PyType start, PyObject obj, PyType objType) {
        super(ts);
        this.start = ts.newRef(start);
        this.obj = obj == null ? null : ts.newRef(obj);
        this.objType = objType == null ? null : ts.newRef(objType);
    }

    private static PyObject make(Args args) {
        ThreadState ts = args.thread();
        args.checkPositional("super()", "super", 0, 2);
        if (args.size() == 0) {
            return zeroArgument(ts);
        }
        if (!(args.get(0) instanceof PyType type)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not " + args.get(0).type().name());
        }
        if (args.size() == 1) {
            return new PySuper(ts, type, null, null);
        }
        PyObject obj = args.get(1);
        return new PySuper(ts, type, obj, objectType(type, obj));
    }

    /** super_check: obj must be an instance or a subclass of the type. */
    private static PyType objectType(PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        if (obj.type().isSubtypeOf(type)) {
            return obj.type();
        }
        throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** super(): the calling frame's __class__ cell and first argument. */
    private static PyObject zeroArgument(ThreadState ts) {
        Frame f = (Frame) ts.frame;
        if (f == null || f.code.argCount == 0) {
            throw PyErrors.runtimeError("super(): no arguments");
        }
        PyObject first = f.slots[Frame.LOCALS];
        if (first instanceof PyCell cell && (f.code.localsPlusKinds[0] & org.gillab.model.compile.CodeObject.CELL) != 0) {
            first = cell.get();
        }
        if (first == null) {
            throw PyErrors.runtimeError("super(): arg[0] deleted");
        }
        int classCell = -1;
        for (int i = 0; i < f.code.localsPlusNames.length; i++) {
            if (f.code.localsPlusNames[i].equals("__class__")) {
                classCell = i;
            }
        }
        if (classCell < 0) {
            throw PyErrors.runtimeError("super(): __class__ cell not found");
        }
        PyObject type = ((PyCell) f.slots[Frame.LOCALS + classCell]).get();
        if (type == null) {
            throw PyErrors.runtimeError("super(): empty __class__ cell");
        }
        if (!(type instanceof PyType t)) {
            throw PyErrors.runtimeError("super(): __class__ is not a type (" + type.type().name() + ")");
        }
        return new PySuper(ts, t, first, objectType(t, first));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean genericGetAttr() {
        return false;
    }

    @Override
    public PyObject getAttr(ThreadState ts, String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject found = mro[i].dict().get(name);
                if (found != null) {
                    return Attributes.get(ts, found, obj == objType ? null : obj, objType);
                }
            }
        }
        return super.getAttr(ts, name);
    }

    @Override
    protected String builtinRepr() {
        return "<super: <class '" + start.name() + "'>, " + (objType == null ? "NULL" : "<" + objType.name() + " object>") + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        ts.decref(start);
        ts.xdecref(obj);
        ts.xdecref(objType);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(start);
        if (obj != null) {
            visit.accept(obj);
            visit.accept(objType);
        }
    }
}
