package org.gillab.model.object;

/** classmethod(f): looked up on a class or an instance, f is bound to the class (Objects/funcobject.c cm_descr_get). */
public final class PyClassMethod extends WrappedCallable {
    /** classmethod.__new__(cls): an instance of {@code cls} that __init__ then gives its callable. */
    PyClassMethod(ThreadState ts, PyType cls) {
        super(ts, cls);
    }

    /** classmethod(callable), callable borrowed, without __init__'s attribute copies (PyClassMethod_New): type_new's __init_subclass__. */
    static PyClassMethod wrapping(ThreadState ts, PyObject callable) {
        PyClassMethod wrapper = new PyClassMethod(ts, Types.CLASSMETHOD);
        wrapper.wrap(ts, callable);
        return wrapper;
    }

    /** An immortal one wrapping a built-in type's method (dict.fromkeys). */
    PyClassMethod(PyObject immortalCallable) {
        super(immortalCallable);
    }

    @Override
    PyType builtinType() {
        return Types.CLASSMETHOD;
    }
}
