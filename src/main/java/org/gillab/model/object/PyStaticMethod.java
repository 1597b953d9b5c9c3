package org.gillab.model.object;

/** staticmethod(f): looked up on a class or an instance, f itself, unbound (Objects/funcobject.c sm_descr_get). */
public final class PyStaticMethod extends WrappedCallable {
    /** staticmethod.__new__(cls): an instance of {@code cls} that __init__ then gives its callable. */
    PyStaticMethod(ThreadState ts, PyType cls) {
        super(ts, cls);
    }

    /** staticmethod(callable), callable borrowed, without __init__'s attribute copies (PyStaticMethod_New): type_new's __new__. */
    static PyStaticMethod wrapping(ThreadState ts, PyObject callable) {
        PyStaticMethod wrapper = new PyStaticMethod(ts, Types.STATICMETHOD);
        wrapper.wrap(ts, callable);
        return wrapper;
    }

    /** An immortal staticmethod of a built-in type (str.maketrans). */
    PyStaticMethod(PyObject immortalCallable) {
        super(immortalCallable);
    }

    @Override
    PyType builtinType() {
        return Types.STATICMETHOD;
    }
}
