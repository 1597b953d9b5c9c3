package org.gillab.model.lib;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.GcContainer;
import org.gillab.model.object.NativeDescriptor;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBoundMethod;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;

/**
 * The _functools module (Modules/_functoolsmodule.c): its lru_cache wrapper, partial
 * ({@link FunctoolsPartial}), reduce and cmp_to_key ({@link FunctoolsKeyWrapper}). The wrapper is Java for
 * the same reason CPython's is C: a cache hit must cost about one call, not a Python frame and a lock; the
 * others so that a traceback through them shows no frame of theirs. Written for the model, not copied.
 */
final class FunctoolsModule {
    private FunctoolsModule() {}

    static PyModule create() {
        return new PyModule("_functools", true).add("_lru_cache_wrapper", LRU_CACHE_WRAPPER)
                .add("partial", FunctoolsPartial.TYPE)
                .function("reduce", FunctoolsModule::reduce)
                .function("cmp_to_key", FunctoolsKeyWrapper::cmpToKey);
    }

    /** Separates the positional arguments from the keyword items in a cache key (lru_cache's kwd_mark). */
    private static final PyObject KEYWORDS_FOLLOW = new PyObject() {
        @Override
        public PyType type() {
            return Types.OBJECT;
        }
    };

    /** A cache key with its hash computed once per call, as lru_cache hashes a key once (its _HashedSeq). */
    private record Key(PyObject key, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && (k.key == key || key.equals(k.key));
        }
    }

    /**
     * lru_cache_object: the user's function, its results by key in recency order (least recent first),
     * hit and miss counts and a __dict__ for what functools.update_wrapper copies. maxsize -1 is
     * unbounded, 0 caches nothing. The cache and counts change under the wrapper's monitor, so they stay
     * consistent without a GIL too (3.13t locks the wrapper likewise); the function runs outside it.
     */
    static final class LruCacheWrapper extends PyObject implements NativeDescriptor, GcContainer {
        private final PyObject function;
        private final long maxsize;
        private final boolean typed;
        private final PyObject cacheInfoType;
        private final PyDict dict;
        /** Access-ordered when bounded, so a hit moves its entry to the most recent end. */
        private final LinkedHashMap<Key, PyObject> cache;
        private long hits;
        private long misses;

        LruCacheWrapper(ThreadState ts, PyObject function, long maxsize, boolean typed, PyObject cacheInfoType) {
            super(ts);
            ts.trackContainer(this);
            this.function = ts.newRef(function);
            this.maxsize = maxsize;
            this.typed = typed;
            this.cacheInfoType = ts.newRef(cacheInfoType);
            this.dict = new PyDict(ts);
            this.cache = new LinkedHashMap<>(16, 0.75f, maxsize > 0);
        }

        @Override
        public PyType type() {
            return LRU_CACHE_WRAPPER;
        }

        @Override
        public PyDict dictOrNull() {
            return dict;
        }

        /** The wrapper's call: the cached result for these arguments, else the function's, remembered. */
        PyObject call(Args args) {
            ThreadState ts = args.thread();
            if (maxsize == 0) {
                synchronized (this) {
                    misses++;
                }
                return ts.invoker().call(ts, function, args);
            }
            Key key = makeKey(ts, args);
            try {
                synchronized (this) {
                    PyObject found = cache.get(key);
                    if (found != null) {
                        hits++;
                        return ts.newRef(found);
                    }
                    misses++;
                }
                PyObject value = ts.invoker().call(ts, function, args);
                remember(ts, key, value);
                return value;
            } finally {
                ts.decref(key.key);
            }
        }

        /**
         * Stores a result (borrowed) computed outside the monitor. Another thread may have stored the
         * same key meanwhile: a bounded cache keeps that entry, an unbounded one takes the new value,
         * as CPython's two wrappers do. A full cache first drops its least recently used entry.
         */
        private void remember(ThreadState ts, Key key, PyObject value) {
            PyObject[] dropped = null;
            synchronized (this) {
                if (maxsize > 0 && cache.containsKey(key)) {
                    return;
                }
                if (maxsize > 0 && cache.size() >= maxsize) {
                    Iterator<Map.Entry<Key, PyObject>> oldest = cache.entrySet().iterator();
                    Map.Entry<Key, PyObject> entry = oldest.next();
                    oldest.remove();
                    dropped = new PyObject[] {entry.getKey().key, entry.getValue()};
                }
                ts.incref(value);
                PyObject old = cache.put(key, value);
                if (old == null) {
                    ts.incref(key.key);
                } else {
                    ts.decref(old);
                }
            }
            if (dropped != null) {
                // Outside the monitor: freeing them may run a __del__ that calls this wrapper.
                ts.decref(dropped[0]);
                ts.decref(dropped[1]);
            }
        }

        /**
         * lru_cache_make_key, a new reference: one int or str argument is its own key; otherwise the
         * positional arguments, then a marker and each keyword's name and value, then (typed) every
         * argument's type.
         */
        private Key makeKey(ThreadState ts, Args args) {
            int positional = args.size();
            int keywords = args.keywordNames().size();
            if (!typed && keywords == 0 && positional == 1) {
                PyObject only = args.get(0);
                if (only.type() == Types.INT || only.type() == Types.STR) {
                    return new Key(ts.newRef(only), only.hashCode());
                }
            }
            int size = positional + (keywords > 0 ? 1 + 2 * keywords : 0) + (typed ? positional + keywords : 0);
            PyObject[] items = new PyObject[size];
            int at = 0;
            for (int i = 0; i < positional; i++) {
                items[at++] = ts.newRef(args.get(i));
            }
            if (keywords > 0) {
                items[at++] = KEYWORDS_FOLLOW;
                for (String name : args.keywordNames()) {
                    items[at++] = new PyStr(ts, name);
                    items[at++] = ts.newRef(args.keyword(name));
                }
            }
            if (typed) {
                for (int i = 0; i < positional; i++) {
                    items[at++] = args.get(i).type();
                }
                for (String name : args.keywordNames()) {
                    items[at++] = args.keyword(name).type();
                }
            }
            PyTuple key = new PyTuple(ts, items);
            try {
                return new Key(key, key.hashCode());
            } catch (RuntimeException unhashable) {
                ts.decref(key);
                throw unhashable;
            }
        }

        /** cache_info(): CacheInfo(hits, misses, maxsize, currsize), maxsize None when unbounded. */
        PyObject cacheInfo(ThreadState ts) {
            long hitCount;
            long missCount;
            long size;
            synchronized (this) {
                hitCount = hits;
                missCount = misses;
                size = cache.size();
            }
            PyObject[] fields = {PyInt.of(ts, hitCount), PyInt.of(ts, missCount),
                    maxsize < 0 ? PyNone.NONE : PyInt.of(ts, maxsize), PyInt.of(ts, size)};
            try {
                return ts.call(cacheInfoType, fields);
            } finally {
                for (PyObject field : fields) {
                    ts.decref(field);
                }
            }
        }

        /** cache_clear(): forgets every result and zeroes the counts. */
        void cacheClear(ThreadState ts) {
            Map<Key, PyObject> forgotten;
            synchronized (this) {
                forgotten = new LinkedHashMap<>(cache);
                cache.clear();
                hits = 0;
                misses = 0;
            }
            forgotten.forEach((key, value) -> {
                ts.decref(key.key);
                ts.decref(value);
            });
        }

        /** __get__: bound to an instance as a function is (PyMethod_New), itself through the class. */
        @Override
        public PyObject descriptorGet(ThreadState ts, PyObject instance, PyType owner) {
            return instance == null || instance == PyNone.NONE ? ts.newRef(this) : new PyBoundMethod(ts, this, instance);
        }

        @Override
        protected void release(ThreadState ts) {
            cacheClear(ts);
            ts.decref(function);
            ts.decref(cacheInfoType);
            ts.decref(dict);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(function);
            visit.accept(cacheInfoType);
            visit.accept(dict);
            synchronized (this) {
                cache.forEach((key, value) -> {
                    visit.accept(key.key);
                    visit.accept(value);
                });
            }
        }
    }

    private static LruCacheWrapper wrapper(PyObject self) {
        return (LruCacheWrapper) self;
    }

    /** _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type), as functools.lru_cache calls it. */
    private static PyObject construct(PyType cls, Args args) {
        PyObject[] a = args.bind("_lru_cache_wrapper", 4, "user_function", "maxsize", "typed", "cache_info_type");
        ThreadState ts = args.thread();
        if (!Ops.isCallable(a[0])) {
            throw PyErrors.typeError("the first argument must be callable");
        }
        long maxsize;
        if (a[1] == PyNone.NONE) {
            maxsize = -1;
        } else if (a[1] instanceof PyInt) {
            maxsize = Math.max(0, Clinic.ssize(ts, a[1]));
        } else {
            throw PyErrors.typeError("maxsize should be integer or None");
        }
        return new LruCacheWrapper(ts, a[0], maxsize, a[2].truthy(), a[3]);
    }

    /**
     * functools_reduce: reduce(function, iterable[, initial]), the items folded from the left. Java as
     * CPython's is C, so a function that raises shows no frame of reduce's own.
     */
    private static PyObject reduce(Args args) {
        args.checkPositional("reduce", "reduce", 2, 3);
        ThreadState ts = args.thread();
        PyObject function = args.get(0);
        PyObject items;
        try {
            items = Ops.iter(ts, args.get(1));
        } catch (RuntimeException e) {
            if (!PyErrors.matches(e, PyErrors.TYPE_ERROR)) {
                throw e;
            }
            ts.decref(((PythonException) e).exception());
            throw PyErrors.typeError("reduce() arg 2 must support iteration");
        }
        PyObject total = args.size() == 3 ? ts.newRef(args.get(2)) : null;
        try {
            for (PyObject item = Ops.next(ts, items); item != null; item = Ops.next(ts, items)) {
                if (total == null) {
                    total = item;
                    continue;
                }
                PyObject previous = total;
                total = null;
                try {
                    total = ts.call(function, previous, item);
                } finally {
                    ts.decref(previous);
                    ts.decref(item);
                }
            }
            if (total == null) {
                throw PyErrors.typeError("reduce() of empty iterable with no initial value");
            }
            PyObject result = total;
            total = null;
            return result;
        } finally {
            ts.xdecref(total);
            ts.decref(items);
        }
    }

    static final PyType LRU_CACHE_WRAPPER = PyType.builder("functools._lru_cache_wrapper")
            .notBaseType()
            .newInstance(FunctoolsModule::construct)
            .method("__call__", (self, a) -> wrapper(self).call(a))
            .method("__get__", (self, a) -> {
                a.expectPositional("__get__", 1, 2);
                return wrapper(self).descriptorGet(a.thread(), a.get(0), null);
            })
            .method("cache_info", (self, a) -> {
                a.noArgs("cache_info");
                return wrapper(self).cacheInfo(a.thread());
            })
            .method("cache_clear", (self, a) -> {
                a.noArgs("cache_clear");
                wrapper(self).cacheClear(a.thread());
                return PyNone.NONE;
            })
            .method("__reduce__", (self, a) -> self.getAttr(a.thread(), "__qualname__"))
            .method("__copy__", (self, a) -> a.thread().newRef(self))
            .method("__deepcopy__", (self, a) -> {
                a.expectPositional("__deepcopy__", 1, 1);
                return a.thread().newRef(self);
            })
            .build();
}
