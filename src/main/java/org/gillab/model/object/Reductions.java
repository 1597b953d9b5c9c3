package org.gillab.model.object;

/**
 * The pickle protocol's methods of built-in objects: object.__reduce_ex__, __reduce__ and __getstate__
 * (Objects/typeobject.c), which hand over to the Python module copyreg as CPython's do for protocols 0
 * and 1 (the model keeps protocol 2's reduce_newobj there too); BaseException.__reduce__; the
 * singletons' names; and the reductions of bound methods to getattr(obj, name) (classobject.c,
 * methodobject.c, descrobject.c).
 */
final class Reductions {
    private Reductions() {}

    /** object.__reduce_ex__(protocol): a class's own __reduce__ if it overrides object's, else copyreg's. */
    static PyObject objectReduceEx(PyObject self, Args a) {
        return copyreg(a.thread(), "_object_reduce_ex", self, a.oneArg("object.__reduce_ex__"));
    }

    /** object.__reduce__(): what protocol 0 makes of the object (copyreg._reduce_ex(self, 0)). */
    static PyObject objectReduce(PyObject self, Args a) {
        a.noArgs("object.__reduce__");
        PyObject protocol = PyInt.of(a.thread(), 0);
        try {
            return copyreg(a.thread(), "_reduce_ex", self, protocol);
        } finally {
            a.thread().decref(protocol);
        }
    }

    /** object.__getstate__(): the instance dict (None when empty), with the __slots__ values beside it. */
    static PyObject objectGetstate(PyObject self, Args a) {
        a.noArgs("object.__getstate__");
        return copyreg(a.thread(), "_object_state", self, PyBool.FALSE);
    }

    private static PyObject copyreg(ThreadState ts, String function, PyObject self, PyObject arg) {
        PyObject callable = ts.invoker().importModule(ts, "copyreg").dict().get(function);
        return ts.call(callable, self, arg);
    }

    /** BaseException.__reduce__: (type, args), with the instance dict third when it holds anything. */
    static PyObject exceptionReduce(PyObject self, Args a) {
        a.noArgs("BaseException.__reduce__");
        ThreadState ts = a.thread();
        PyObject type = self.type();
        PyObject args = ((PyException) self).args();
        PyDict dict = self.dictOrNull();
        return dict == null || dict.size() == 0 ? PyTuple.of(ts, type, args) : PyTuple.of(ts, type, args, dict);
    }

    /** NotImplemented's and Ellipsis's __reduce__: their name, which pickle saves as a global. */
    static PyObject singletonReduce(PyObject self, Args a) {
        a.noArgs(self.type().name() + ".__reduce__");
        return new PyStr(a.thread(), self.repr());
    }

    /** A bound method's __reduce__: (getattr, (obj, name)), so that unpickling looks the method up again. */
    static PyObject boundMethodReduce(PyObject self, Args a) {
        a.noArgs("method.__reduce__");
        ThreadState ts = a.thread();
        PyBoundMethod method = (PyBoundMethod) self;
        PyObject name = method.function.getAttr(ts, "__name__");
        try {
            return getattrCall(ts, method.self, name);
        } finally {
            ts.decref(name);
        }
    }

    /** builtin_function_or_method.__reduce__: a function by its name, a method bound to an object by getattr. */
    static PyObject builtinReduce(PyObject self, Args a) {
        a.noArgs("builtin_function_or_method.__reduce__");
        ThreadState ts = a.thread();
        if (!(self instanceof PyMethod method)) {
            return new PyStr(ts, ((PyBuiltin) self).name());
        }
        if (method.self instanceof PyModule) {
            return new PyStr(ts, method.qualname());
        }
        return getattrReduce(ts, method);
    }

    /** method-wrapper.__reduce__: (getattr, (self, name)). */
    static PyObject methodWrapperReduce(PyObject self, Args a) {
        a.noArgs("method-wrapper.__reduce__");
        return getattrReduce(a.thread(), (PyMethod) self);
    }

    /** A method descriptor's or slot wrapper's __reduce__: (getattr, (the class that defines it, name)). */
    static PyObject descriptorReduce(PyObject self, Args a) {
        a.noArgs(self.type().name() + ".__reduce__");
        ThreadState ts = a.thread();
        PyMethodDescriptor descriptor = (PyMethodDescriptor) self;
        PyStr name = new PyStr(ts, descriptor.name());
        try {
            return getattrCall(ts, descriptor.owner(), name);
        } finally {
            ts.decref(name);
        }
    }

    private static PyObject getattrReduce(ThreadState ts, PyMethod method) {
        PyStr name = new PyStr(ts, method.name());
        try {
            return getattrCall(ts, method.self, name);
        } finally {
            ts.decref(name);
        }
    }

    private static PyObject getattrCall(ThreadState ts, PyObject obj, PyObject name) {
        PyObject getattr = ts.invoker().importModule(ts, "builtins").dict().get("getattr");
        PyObject args = PyTuple.of(ts, obj, name);
        try {
            return PyTuple.of(ts, getattr, args);
        } finally {
            ts.decref(args);
        }
    }
}
