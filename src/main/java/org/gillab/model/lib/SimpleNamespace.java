package org.gillab.model.lib;

import java.util.Map;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * types.SimpleNamespace (Objects/namespaceobject.c): an object whose attributes are the keyword
 * arguments it was made with, shown as {@code namespace(a=1, b=2)}. CPython's types module finds the
 * type as type(sys.implementation), which is one of these.
 */
final class SimpleNamespace extends PyInstance {
    static final PyType TYPE = PyType.builder("types.SimpleNamespace")
            .newInstance((cls, args) -> new SimpleNamespace(args.thread(), cls))
            .method("__init__", (self, args) -> {
                init(self, args);
                return PyNone.NONE;
            })
            .method("__repr__", (self, args) -> new PyStr(args.thread(), self.repr()))
            .build();

    private SimpleNamespace(ThreadState ts, PyType type) {
        super(ts, type);
    }

    /** An immortal namespace of immortal values, in the given order (sys.implementation). */
    static SimpleNamespace constant(Map<String, PyObject> attributes) {
        SimpleNamespace ns = new SimpleNamespace(TYPE);
        attributes.forEach((k, v) -> ns.dictOrNull().entries().put(PyStr.constant(k), v));
        return ns;
    }

    private SimpleNamespace(PyType type) {
        super(type);
    }

    private static void init(PyObject self, Args args) {
        if (args.size() > 0) {
            throw PyErrors.typeError("no positional arguments expected");
        }
        for (String name : args.keywordNames()) {
            self.dictOrNull().put(args.thread(), name, args.keyword(name));
        }
    }

    /** namespace(a=1, b=2): the class's name for a subclass; the attributes in the order they were set. */
    @Override
    protected String builtinRepr() {
        StringBuilder out = new StringBuilder(type() == TYPE ? "namespace" : type().name()).append('(');
        String separator = "";
        for (var e : dictOrNull().snapshot()) {
            out.append(separator).append(e.getKey().str()).append('=').append(e.getValue().repr());
            separator = ", ";
        }
        return out.append(')').toString();
    }
}
