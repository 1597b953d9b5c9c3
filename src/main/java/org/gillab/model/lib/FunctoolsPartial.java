package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gillab.model.object.Args;
import org.gillab.model.object.GcContainer;
import org.gillab.model.object.GenericAlias;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.Strings;
import org.gillab.model.object.SubclassableObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.WeaklyReferenceable;

/**
 * functools.partial (Modules/_functoolsmodule.c's partial_type). Java for the reason CPython's is C: calling
 * one is a native call, which adds no traceback entry and costs no recursion depth (partial_vectorcall).
 * Its function, arguments and keywords are read-only members; a __dict__ holds the user's attributes, and
 * classes may subclass it. Written for the model, not copied.
 */
final class FunctoolsPartial extends SubclassableObject implements GcContainer, WeaklyReferenceable {
    /** What a partial applies, owned; replaced as one by __setstate__, so a call reads one consistent set. */
    private record Parts(PyObject func, PyTuple args, PyDict keywords) {
        void release(ThreadState ts) {
            ts.decref(func);
            ts.decref(args);
            ts.decref(keywords);
        }
    }

    private volatile Parts parts;

    private FunctoolsPartial(ThreadState ts, PyType cls, Parts parts) {
        super(ts, cls);
        ts.trackContainer(this);
        this.parts = parts;
    }

    private static FunctoolsPartial partial(PyObject self) {
        return (FunctoolsPartial) self;
    }

    /**
     * partial_new: partial(func, *args, **keywords). A partial of a partial whose class keeps partial's
     * __call__ and which has no attributes of its own is flattened into one (CPython: tp_call is
     * partial_call and no __dict__ was made; the model's __dict__ always exists, so an empty one counts).
     */
    private static PyObject construct(PyType cls, Args a) {
        if (a.size() < 1) {
            throw PyErrors.typeError("type 'partial' takes at least one argument");
        }
        ThreadState ts = a.thread();
        PyObject func = a.get(0);
        if (!Ops.isCallable(func)) {
            throw PyErrors.typeError("the first argument must be callable");
        }
        List<PyObject> positional = a.positional().subList(1, a.size());
        PyDict keywords = new PyDict(ts);
        if (func instanceof FunctoolsPartial inner && inner.type().lookup("__call__") == TYPE.lookup("__call__")
                && inner.dictOrNull().size() == 0) {
            Parts innerParts = inner.parts;
            func = innerParts.func;
            List<PyObject> joined = new ArrayList<>(List.of(innerParts.args.toArray()));
            joined.addAll(positional);
            positional = joined;
            keywords.updateFrom(ts, innerParts.keywords);
        }
        for (String name : a.keywordNames()) {
            keywords.put(ts, name, a.keyword(name));
        }
        return new FunctoolsPartial(ts, cls, new Parts(ts.newRef(func),
                PyTuple.of(ts, positional.toArray(new PyObject[0])), keywords));
    }

    /** partial_call: func(*self.args, *args, **{**self.keywords, **keywords}). */
    private PyObject call(Args a) {
        ThreadState ts = a.thread();
        Parts p = parts;
        // Held for the call: the callee may replace the parts (__setstate__) or empty the keywords dict meanwhile.
        PyObject func = ts.newRef(p.func);
        PyTuple bound = ts.newRef(p.args);
        List<Map.Entry<PyObject, PyObject>> keywords = p.keywords.size() == 0 ? List.of() : p.keywords.snapshot();
        keywords.forEach(item -> ts.incref(item.getValue()));
        try {
            return ts.invoker().call(ts, func, keywords.isEmpty() ? withBound(ts, bound, a) : merged(ts, bound, keywords, a));
        } finally {
            ts.decref(func);
            ts.decref(bound);
            keywords.forEach(item -> ts.decref(item.getValue()));
        }
    }

    /** partial_vectorcall's arguments: the bound ones before the call's, whose keywords pass as they are. */
    private static Args withBound(ThreadState ts, PyTuple bound, Args a) {
        if (bound.size() == 0) {
            return a;
        }
        int keywords = a.count() - a.size();
        PyObject[] values = boundFirst(bound, a, keywords);
        System.arraycopy(a.array(), a.start() + a.size(), values, bound.size() + a.size(), keywords);
        return new Args(ts, values, 0, values.length, a.keywordArray());
    }

    /** With bound keywords: the call's keywords override them, each name once, the bound ones' order first. */
    private static Args merged(ThreadState ts, PyTuple bound, List<Map.Entry<PyObject, PyObject>> keywords, Args a) {
        Map<String, PyObject> named = new LinkedHashMap<>();
        for (Map.Entry<PyObject, PyObject> item : keywords) {
            if (!(item.getKey() instanceof PyStr key)) {
                throw PyErrors.typeError("keywords must be strings");
            }
            named.put(key.value, item.getValue());
        }
        for (String name : a.keywordNames()) {
            named.put(name, a.keyword(name));
        }
        PyObject[] values = boundFirst(bound, a, named.size());
        int at = bound.size() + a.size();
        for (PyObject value : named.values()) {
            values[at++] = value;
        }
        return new Args(ts, values, 0, values.length, named.keySet().toArray(new String[0]));
    }

    /** The bound positional arguments, then the call's, then room for {@code keywords} values (borrowed). */
    private static PyObject[] boundFirst(PyTuple bound, Args a, int keywords) {
        PyObject[] values = new PyObject[bound.size() + a.size() + keywords];
        for (int i = 0; i < bound.size(); i++) {
            values[i] = bound.get(i);
        }
        for (int i = 0; i < a.size(); i++) {
            values[bound.size() + i] = a.get(i);
        }
        return values;
    }

    /** partial_repr: "functools.partial(f, 1, b=2)" under tp_name (a subclass's __name__); "..." inside itself. */
    @Override
    protected String builtinRepr() {
        if (!Strings.enter(this)) {
            return "...";
        }
        try {
            Parts p = parts;
            StringBuilder out = new StringBuilder(type().name()).append('(').append(p.func.repr());
            for (int i = 0; i < p.args.size(); i++) {
                out.append(", ").append(p.args.get(i).repr());
            }
            for (Map.Entry<PyObject, PyObject> item : p.keywords.snapshot()) {
                out.append(", ").append(item.getKey().str()).append('=').append(item.getValue().repr());
            }
            return out.append(')').toString();
        } finally {
            Strings.leave(this);
        }
    }

    /** partial_reduce: (type(self), (func,), (func, args, keywords, __dict__ or None)). */
    private PyObject reduce(ThreadState ts) {
        Parts p = parts;
        PyDict dict = dictOrNull();
        PyTuple funcOnly = PyTuple.of(ts, p.func);
        PyTuple state = PyTuple.of(ts, p.func, p.args, p.keywords, dict.size() == 0 ? PyNone.NONE : dict);
        try {
            return PyTuple.of(ts, type(), funcOnly, state);
        } finally {
            ts.decref(funcOnly);
            ts.decref(state);
        }
    }

    /**
     * partial_setstate: (func, args, keywords or None, __dict__ or None), checked as CPython checks it; an
     * args tuple subclass is made a tuple, a dict subclass a dict.
     */
    private void setState(ThreadState ts, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4 || !Ops.isCallable(t.get(0)) || !(t.get(1) instanceof PyTuple)
                || t.get(2) != PyNone.NONE && !(t.get(2) instanceof PyDict)
                || t.get(3) != PyNone.NONE && !(t.get(3) instanceof PyDict)) {
            throw PyErrors.typeError("invalid partial state");
        }
        PyDict keywords = new PyDict(ts);
        if (t.get(2) != PyNone.NONE) {
            keywords.updateFrom(ts, t.get(2));
        }
        Parts old = parts;
        parts = new Parts(ts.newRef(t.get(0)), PyTuple.of(ts, ((PyTuple) t.get(1)).toArray()), keywords);
        old.release(ts);
        replaceItems(ts, dictOrNull(), t.get(3));
    }

    /**
     * partial.__dict__ = mapping. The model's instance keeps its one dict, so the mapping's items replace
     * its items: p.__dict__ is then equal to the mapping, not the mapping itself.
     */
    private static void setDict(ThreadState ts, PyObject self, PyObject value) {
        if (value == null) {
            throw PyErrors.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict replacement)) {
            throw PyErrors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name() + "'");
        }
        replaceItems(ts, self.dictOrNull(), replacement);
    }

    private static void replaceItems(ThreadState ts, PyDict dict, PyObject items) {
        if (items == dict) {
            return;
        }
        dict.clear(ts);
        if (items != PyNone.NONE) {
            dict.updateFrom(ts, items);
        }
    }

    @Override
    protected void release(ThreadState ts) {
        parts.release(ts);
        super.release(ts);
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        Parts p = parts;
        visit.accept(p.func);
        visit.accept(p.args);
        visit.accept(p.keywords);
        super.traverse(visit);
    }

    static final PyType TYPE = PyType.builder("functools.partial")
            .vectorcall()
            .newInstance(FunctoolsPartial::construct)
            .attribute("__doc__", PyStr.constant("partial(func, *args, **keywords) - new function with partial "
                    + "application\n    of the given arguments and keywords.\n"))
            .method("__call__", (self, a) -> partial(self).call(a))
            .readonlyMember("func", (ts, self) -> ts.newRef(partial(self).parts.func))
            .readonlyMember("args", (ts, self) -> ts.newRef(partial(self).parts.args))
            .readonlyMember("keywords", (ts, self) -> ts.newRef(partial(self).parts.keywords))
            .method("__repr__", (self, a) -> {
                a.noArgs("__repr__");
                return new PyStr(a.thread(), partial(self).builtinRepr());
            })
            .property("__dict__", (ts, self) -> ts.newRef(self.dictOrNull()), FunctoolsPartial::setDict)
            .method("__reduce__", (self, a) -> {
                a.noArgs("__reduce__");
                return partial(self).reduce(a.thread());
            })
            .method("__setstate__", (self, a) -> {
                partial(self).setState(a.thread(), a.oneArg("__setstate__"));
                return PyNone.NONE;
            })
            .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
            .build();
}
