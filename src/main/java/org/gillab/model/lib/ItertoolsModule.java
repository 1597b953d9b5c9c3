package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gillab.model.compile.BinaryOperator;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.IteratorReductions;
import org.gillab.model.object.NativeFunction;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The itertools module (Modules/itertoolsmodule.c), in Java as CPython's is in C: each iterator's
 * __next__ is one native call, so it runs without an eval-breaker check point (the GIL is not handed
 * over in the middle of one), and costs no Python frames. Written for the model, not copied; the
 * iterators consume their inputs in CPython's order (groupby's shared groupers, islice's skipping,
 * tee's shared buffer), so programs with side effects print what CPython prints.
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    static PyModule create() {
        return new PyModule("itertools", true)
                .add("count", COUNT)
                .add("cycle", CYCLE)
                .add("repeat", REPEAT)
                .add("accumulate", ACCUMULATE)
                .add("chain", CHAIN)
                .add("compress", COMPRESS)
                .add("dropwhile", DROPWHILE)
                .add("takewhile", TAKEWHILE)
                .add("filterfalse", FILTERFALSE)
                .add("groupby", GROUPBY)
                .add("islice", ISLICE)
                .add("pairwise", PAIRWISE)
                .add("starmap", STARMAP)
                .add("zip_longest", ZIP_LONGEST)
                .add("product", PRODUCT)
                .add("permutations", PERMUTATIONS)
                .add("combinations", COMBINATIONS)
                .add("combinations_with_replacement", COMBINATIONS_WITH_REPLACEMENT)
                .add("_tee", TEE)
                .add("_tee_dataobject", TEE_DATA)
                .add("_grouper", GROUPER)
                .function("tee", ItertoolsModule::tee);
    }

    // ---- the types ----

    private static final PyType COUNT = type("itertools.count", Count::construct, IteratorReductions::reducible);
    private static final PyType CYCLE = type("itertools.cycle", Cycle::construct, IteratorReductions::resumable);
    private static final PyType REPEAT = type("itertools.repeat", Repeat::construct, b -> IteratorReductions.reducible(b)
            .method("__length_hint__", (self, a) -> ((Repeat) self).lengthHint(a.thread())));
    private static final PyType ACCUMULATE = type("itertools.accumulate", Accumulate::construct, IteratorReductions::resumable);
    private static final PyType CHAIN = type("itertools.chain", args -> {
        noKeywords(args, "chain");
        PyObject iterables = PyTuple.of(args.thread(), args.positional().toArray(new PyObject[0]));
        try {
            return new Chain(args.thread(), Ops.iter(args.thread(), iterables));
        } finally {
            args.thread().decref(iterables);
        }
    }, b -> IteratorReductions.resumable(b).classMethod("from_iterable", (cls, a) -> {
        a.oneArg("chain.from_iterable");
        return new Chain(a.thread(), Ops.iter(a.thread(), a.get(0)));
    }));
    private static final PyType COMPRESS = type("itertools.compress", Compress::construct, IteratorReductions::reducible);
    private static final PyType DROPWHILE = type("itertools.dropwhile", args -> Predicated.construct(args, Predicated.DROP),
            IteratorReductions::resumable);
    private static final PyType TAKEWHILE = type("itertools.takewhile", args -> Predicated.construct(args, Predicated.TAKE),
            IteratorReductions::resumable);
    private static final PyType FILTERFALSE = type("itertools.filterfalse", args -> Predicated.construct(args, Predicated.FILTER_FALSE),
            IteratorReductions::reducible);
    private static final PyType GROUPBY = type("itertools.groupby", GroupBy::construct, IteratorReductions::resumable);
    private static final PyType GROUPER = type("itertools._grouper", Grouper::construct, IteratorReductions::reducible);
    private static final PyType ISLICE = type("itertools.islice", Islice::construct, IteratorReductions::resumable);
    private static final PyType PAIRWISE = type("itertools.pairwise", Pairwise::construct);
    private static final PyType STARMAP = type("itertools.starmap", Starmap::construct, IteratorReductions::reducible);
    private static final PyType ZIP_LONGEST = type("itertools.zip_longest", ZipLongest::construct, IteratorReductions::resumable);
    private static final PyType PRODUCT = type("itertools.product", Product::construct, IteratorReductions::resumable);
    private static final PyType PERMUTATIONS = type("itertools.permutations", Permutations::construct,
            IteratorReductions::resumable);
    private static final PyType COMBINATIONS = type("itertools.combinations", args -> Combinations.construct(args, false),
            IteratorReductions::resumable);
    private static final PyType COMBINATIONS_WITH_REPLACEMENT = type("itertools.combinations_with_replacement",
            args -> Combinations.construct(args, true), IteratorReductions::resumable);
    private static final PyType TEE_DATA = IteratorReductions.reducible(PyType.builder("itertools._tee_dataobject")
            .constructor(TeeData::construct)).build();
    private static final PyType TEE = type("itertools._tee", args -> {
        args.expectPositional("_tee", 1, 1);
        return Tee.of(args.thread(), args.get(0));
    }, b -> IteratorReductions.resumable(b).method("__copy__", (self, a) -> ((Tee) self).copy(a.thread())));

    private static PyType type(String name, NativeFunction constructor) {
        return type(name, constructor, b -> { });
    }

    /** An iterator type: called, it makes an iterator; __iter__ is the iterator itself, __next__ its next item. */
    private static PyType type(String name, NativeFunction constructor, Consumer<PyType.Builder> more) {
        PyType.Builder b = PyType.builder(name).constructor(constructor)
                .method("__iter__", (self, a) -> a.thread().newRef(self))
                .method("__next__", (self, a) -> {
                    PyObject next = ((PyIterator) self).next(a.thread());
                    if (next == null) {
                        throw PyErrors.raiseEmpty(PyErrors.STOP_ITERATION);
                    }
                    return next;
                });
        more.accept(b);
        return b.build();
    }

    private static void noKeywords(Args args, String name) {
        if (args.keywordArray() != null) {
            throw PyErrors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** An int argument that must lie in [0, sys.maxsize], or the given error message. */
    private static long nonNegative(ThreadState ts, PyObject value, String message) {
        if (Numbers.asInt(value) == null && value.type().lookup("__index__") == null) {
            throw PyErrors.valueError(message);
        }
        PyInt i = Numbers.index(ts, value);
        long n = i.isBig() || i.value < 0 ? -1 : i.value;
        Numbers.releaseIndex(ts, i, value);
        if (n < 0) {
            throw PyErrors.valueError(message);
        }
        return n;
    }

    /** An itertools iterator that keeps a fixed set of objects alive; subclasses name the fields that change. */
    private abstract static class Iter extends PyIterator {
        private final PyType type;

        Iter(ThreadState ts, PyType type) {
            super(ts);
            this.type = type;
        }

        @Override
        public final PyType type() {
            return type;
        }

        /** The references held now (nulls skipped): what release drops and traverse reports. */
        abstract PyObject[] held();

        @Override
        protected void release(ThreadState ts) {
            for (PyObject o : held()) {
                ts.xdecref(o);
            }
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            for (PyObject o : held()) {
                if (o != null) {
                    visit.accept(o);
                }
            }
        }
    }

    /** The items of a __setstate__ state that PyArg_ParseTuple takes {@code n} arguments from, with its TypeErrors. */
    private static PyObject[] stateTuple(PyObject state, int n) {
        if (!(state instanceof PyTuple t)) {
            throw PyErrors.typeError("state is not a tuple");
        }
        if (t.size() != n) {
            throw PyErrors.typeError("function takes exactly " + n + " arguments (" + t.size() + " given)");
        }
        return t.toArray();
    }

    /** Records a new reference to drop once the reduction that borrows it is made. */
    private static PyObject made(List<PyObject> made, PyObject o) {
        made.add(o);
        return o;
    }

    // ---- infinite iterators ----

    /** count(start=0, step=1): start, start+step, start+2*step... with any numbers. */
    static final class Count extends Iter implements PyIterator.Reducible {
        private PyObject current;
        private final PyObject step;

        Count(ThreadState ts, PyObject start, PyObject step) {
            super(ts, COUNT);
            this.current = ts.newRef(start);
            this.step = ts.newRef(step);
        }

        static PyObject construct(Args args) {
            PyObject[] a = args.bind("count", 0, "start", "step");
            PyObject start = a[0] == null ? PyInt.of(args.thread(), 0) : a[0];
            PyObject step = a[1] == null ? PyInt.of(args.thread(), 1) : a[1];
            if (!isNumber(start) || !isNumber(step)) {
                throw PyErrors.typeError("a number is required");
            }
            return new Count(args.thread(), start, step);
        }

        private static boolean isNumber(PyObject o) {
            return Numbers.asInt(o) != null || Numbers.asDouble(o) != null || o.type().lookup("__index__") != null || o.type().lookup("__float__") != null
                    || o.type().lookup("__int__") != null;
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject result = current;
            current = Ops.binary(ts, BinaryOperator.ADD, result, step);
            return result;
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {current, step};
        }

        /** Whether it counts ints by 1 (count_new's fast mode): then repr and reduction leave the step out. */
        private boolean unitStep() {
            return step instanceof PyInt i && !(step instanceof PyBool) && !i.isBig() && i.value == 1;
        }

        @Override
        protected String builtinRepr() {
            return "count(" + current.repr() + (unitStep() ? "" : ", " + step.repr()) + ")";
        }

        /** count_reduce: (count, (next,)) counting ints by 1, else (count, (next, step)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return unitStep() && current instanceof PyInt && !(current instanceof PyBool)
                    ? IteratorReductions.call(ts, COUNT, current) : IteratorReductions.call(ts, COUNT, current, step);
        }
    }

    /**
     * cycle(iterable): the items, saved on the first pass, over and over. The saved items are a list that a
     * reduction hands on and __setstate__ takes, so a copy shares it, as CPython's do.
     */
    static final class Cycle extends Iter implements PyIterator.Resumable {
        private PyObject source;
        private PyList saved;
        private int index;
        /** Set by __setstate__: the source's items are saved already (it walks them), so none is saved again. */
        private boolean firstPassDone;

        Cycle(ThreadState ts, PyObject source) {
            super(ts, CYCLE);
            this.source = source;
            this.saved = new PyList(ts);
        }

        static PyObject construct(Args args) {
            noKeywords(args, "cycle");
            args.checkPositional("cycle", "cycle", 1, 1);
            return new Cycle(args.thread(), Ops.iter(args.thread(), args.get(0)));
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (source != null) {
                PyObject item = Ops.next(ts, source);
                if (item != null) {
                    if (!firstPassDone) {
                        saved.append(ts, item);
                    }
                    return item;
                }
                ts.decref(source);
                source = null;
            }
            int size = saved.size();
            if (size == 0) {
                return null;
            }
            PyObject item = saved.get(Math.min(index, size - 1));
            index = (index + 1) % size;
            return ts.newRef(item);
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {saved, source};
        }

        /**
         * cycle_reduce: (cycle, (source,), (saved list, first pass done)); after the first pass the source is
         * an iterator over the saved list, set to where the cycle is.
         */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject it = null;
            PyObject state = null;
            try {
                if (source == null) {
                    it = Ops.iter(ts, saved);
                    PyObject at = PyInt.of(ts, index);
                    ((PyIterator.Resumable) it).setState(ts, at);
                    ts.decref(at);
                }
                state = PyTuple.of(ts, saved, PyBool.of(source == null || firstPassDone));
                return IteratorReductions.callWithState(ts, CYCLE, new PyObject[] {source == null ? it : source}, state);
            } finally {
                ts.xdecref(it);
                ts.xdecref(state);
            }
        }

        /** cycle_setstate: (saved list, first pass done), which starts the cycle over. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw PyErrors.typeError("state is not a tuple");
            }
            if (t.size() != 2 || !(t.get(0) instanceof PyList list)) {
                throw PyErrors.typeError("cycle.__setstate__ expects a (list, bool) tuple");
            }
            PyList old = saved;
            saved = ts.newRef(list);
            ts.decref(old);
            firstPassDone = Ops.truthy(ts, t.get(1));
            index = 0;
        }
    }

    /** repeat(object[, times]): the object, forever or times times. */
    static final class Repeat extends Iter implements PyIterator.Reducible {
        private final PyObject element;
        /** Repeats left, or -1 for forever. */
        private long remaining;

        Repeat(ThreadState ts, PyObject element, long remaining) {
            super(ts, REPEAT);
            this.element = ts.newRef(element);
            this.remaining = remaining;
        }

        static PyObject construct(Args args) {
            PyObject[] a = args.bind("repeat", 1, "object", "times");
            long times = -1;
            if (a[1] != null) {
                PyInt n = Numbers.index(args.thread(), a[1]);
                times = n.isBig() ? (n.toBig().signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, n.value);
                Numbers.releaseIndex(args.thread(), n, a[1]);
            }
            return new Repeat(args.thread(), a[0], times);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return ts.newRef(element);
        }

        PyObject lengthHint(ThreadState ts) {
            if (remaining < 0) {
                throw PyErrors.typeError("len() of unsized object");
            }
            return PyInt.of(ts, remaining);
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {element};
        }

        @Override
        protected String builtinRepr() {
            return "repeat(" + element.repr() + (remaining >= 0 ? ", " + remaining : "") + ")";
        }

        /** repeat_reduce: (repeat, (object, times left)), or (repeat, (object,)) forever. */
        @Override
        public PyObject reduce(ThreadState ts) {
            if (remaining < 0) {
                return IteratorReductions.call(ts, REPEAT, element);
            }
            PyObject times = PyInt.of(ts, remaining);
            try {
                return IteratorReductions.call(ts, REPEAT, element, times);
            } finally {
                ts.decref(times);
            }
        }
    }

    // ---- iterators over their inputs ----

    /** accumulate(iterable[, func, *, initial=None]): running totals (or func's running results). */
    static final class Accumulate extends Iter implements PyIterator.Resumable {
        private final PyObject source;
        private final PyObject function;
        private PyObject total;
        private PyObject initial;

        Accumulate(ThreadState ts, PyObject source, PyObject function, PyObject initial) {
            super(ts, ACCUMULATE);
            this.source = source;
            this.function = function == null ? null : ts.newRef(function);
            this.initial = initial == null ? null : ts.newRef(initial);
        }

        static PyObject construct(Args args) {
            PyObject[] a = args.bind("accumulate", 1, "iterable", "func", "initial");
            PyObject function = a[1] == null || a[1] == PyNone.NONE ? null : a[1];
            PyObject initial = a[2] == null || a[2] == PyNone.NONE ? null : a[2];
            return new Accumulate(args.thread(), Ops.iter(args.thread(), a[0]), function, initial);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (initial != null) {
                total = initial;
                initial = null;
                return ts.newRef(total);
            }
            PyObject item = Ops.next(ts, source);
            if (item == null) {
                return null;
            }
            if (total == null) {
                total = item;
            } else {
                try {
                    PyObject next = function == null ? Ops.binary(ts, BinaryOperator.ADD, total, item)
                            : ts.call(function, total, item);
                    ts.decref(total);
                    total = next;
                } finally {
                    ts.decref(item);
                }
            }
            return ts.newRef(total);
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {source, function, total, initial};
        }

        /**
         * accumulate_reduce: (accumulate, (iterator, func or None), total so far or None); an initial value
         * not yet given out goes first in a chain over the iterator.
         */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject func = function == null ? PyNone.NONE : function;
            if (initial == null) {
                return IteratorReductions.callWithState(ts, ACCUMULATE, new PyObject[] {source, func},
                        total == null ? PyNone.NONE : total);
            }
            PyObject first = PyTuple.of(ts, initial);
            PyObject both = PyTuple.of(ts, first, source);
            PyObject chain = new Chain(ts, Ops.iter(ts, both));
            try {
                return IteratorReductions.callWithState(ts, ACCUMULATE, new PyObject[] {chain, func}, PyNone.NONE);
            } finally {
                ts.decref(first);
                ts.decref(both);
                ts.decref(chain);
            }
        }

        /** accumulate_setstate: the total so far. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            PyObject old = total;
            total = state == PyNone.NONE ? null : ts.newRef(state);
            ts.xdecref(old);
        }
    }

    /** chain(*iterables) and chain.from_iterable(iterable): each iterable's items in turn. */
    static final class Chain extends Iter implements PyIterator.Resumable {
        private PyObject sources;
        private PyObject active;

        /** Takes over {@code sources}, an iterator over the iterables. */
        Chain(ThreadState ts, PyObject sources) {
            super(ts, CHAIN);
            this.sources = sources;
        }

        @Override
        public PyObject next(ThreadState ts) {
            while (sources != null || active != null) {
                if (active == null) {
                    PyObject iterable = Ops.next(ts, sources);
                    if (iterable == null) {
                        ts.decref(sources);
                        sources = null;
                        return null;
                    }
                    try {
                        active = Ops.iter(ts, iterable);
                    } finally {
                        ts.decref(iterable);
                    }
                }
                PyObject item = Ops.next(ts, active);
                if (item != null) {
                    return item;
                }
                ts.decref(active);
                active = null;
            }
            return null;
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {sources, active};
        }

        /** chain_reduce: (chain, (), (sources, active)), active left out when none, the state when both ran out. */
        @Override
        public PyObject reduce(ThreadState ts) {
            if (sources == null) {
                return IteratorReductions.call(ts, CHAIN);
            }
            PyObject state = active == null ? PyTuple.of(ts, sources) : PyTuple.of(ts, sources, active);
            try {
                return IteratorReductions.callWithState(ts, CHAIN, new PyObject[0], state);
            } finally {
                ts.decref(state);
            }
        }

        /** chain_setstate: (sources[, active]), both iterators. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw PyErrors.typeError("state is not a tuple");
            }
            if (t.size() < 1 || t.size() > 2) {
                throw PyErrors.typeError("function takes at least 1 argument (" + t.size() + " given)");
            }
            for (int i = 0; i < t.size(); i++) {
                if (!(t.get(i) instanceof PyIterator) && t.get(i).type().lookup("__next__") == null) {
                    throw PyErrors.typeError("Arguments must be iterators.");
                }
            }
            PyObject oldSources = sources;
            PyObject oldActive = active;
            sources = ts.newRef(t.get(0));
            active = t.size() == 2 ? ts.newRef(t.get(1)) : null;
            ts.xdecref(oldSources);
            ts.xdecref(oldActive);
        }
    }

    /** compress(data, selectors): the data items whose selector is true. */
    static final class Compress extends Iter implements PyIterator.Reducible {
        private final PyObject data;
        private final PyObject selectors;

        Compress(ThreadState ts, PyObject data, PyObject selectors) {
            super(ts, COMPRESS);
            this.data = data;
            this.selectors = selectors;
        }

        static PyObject construct(Args args) {
            PyObject[] a = args.bind("compress", 2, "data", "selectors");
            PyObject data = Ops.iter(args.thread(), a[0]);
            try {
                return new Compress(args.thread(), data, Ops.iter(args.thread(), a[1]));
            } catch (RuntimeException e) {
                args.thread().decref(data);
                throw e;
            }
        }

        @Override
        public PyObject next(ThreadState ts) {
            while (true) {
                PyObject item = Ops.next(ts, data);
                if (item == null) {
                    return null;
                }
                PyObject selector;
                try {
                    selector = Ops.next(ts, selectors);
                } catch (RuntimeException e) {
                    ts.decref(item);
                    throw e;
                }
                if (selector == null) {
                    ts.decref(item);
                    return null;
                }
                boolean keep = Ops.truthy(ts, selector);
                ts.decref(selector);
                if (keep) {
                    return item;
                }
                ts.decref(item);
            }
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {data, selectors};
        }

        /** compress_reduce: (compress, (data, selectors)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return IteratorReductions.call(ts, COMPRESS, data, selectors);
        }
    }

    /** dropwhile, takewhile and filterfalse: an iterable filtered by a predicate's truth. */
    static final class Predicated extends Iter implements PyIterator.Resumable {
        static final int DROP = 0;
        static final int TAKE = 1;
        static final int FILTER_FALSE = 2;

        private final int kind;
        private final PyObject predicate;
        private final PyObject source;
        /** dropwhile: the predicate failed once, everything passes now; takewhile: it failed, nothing does. */
        private boolean decided;

        Predicated(ThreadState ts, PyType type, int kind, PyObject predicate, PyObject source) {
            super(ts, type);
            this.kind = kind;
            this.predicate = predicate == null ? null : ts.newRef(predicate);
            this.source = source;
        }

        static PyObject construct(Args args, int kind) {
            String name = kind == DROP ? "dropwhile" : kind == TAKE ? "takewhile" : "filterfalse";
            noKeywords(args, name);
            args.checkPositional(name, name, 2, 2);
            PyType type = kind == DROP ? DROPWHILE : kind == TAKE ? TAKEWHILE : FILTERFALSE;
            PyObject predicate = kind == FILTER_FALSE && args.get(0) == PyNone.NONE ? null : args.get(0);
            return new Predicated(args.thread(), type, kind, predicate, Ops.iter(args.thread(), args.get(1)));
        }

        private boolean test(ThreadState ts, PyObject item) {
            if (predicate == null) {
                return Ops.truthy(ts, item);
            }
            PyObject result = ts.call(predicate, item);
            try {
                return Ops.truthy(ts, result);
            } finally {
                ts.decref(result);
            }
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (kind == TAKE && decided) {
                return null;
            }
            while (true) {
                PyObject item = Ops.next(ts, source);
                if (item == null) {
                    return null;
                }
                if (kind == DROP && decided) {
                    return item;
                }
                boolean truth;
                try {
                    truth = test(ts, item);
                } catch (RuntimeException e) {
                    ts.decref(item);
                    throw e;
                }
                switch (kind) {
                    case DROP -> {
                        if (!truth) {
                            decided = true;
                            return item;
                        }
                    }
                    case TAKE -> {
                        if (truth) {
                            return item;
                        }
                        decided = true;
                        ts.decref(item);
                        return null;
                    }
                    default -> {
                        if (!truth) {
                            return item;
                        }
                    }
                }
                ts.decref(item);
            }
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {predicate, source};
        }

        /**
         * filterfalse_reduce: (filterfalse, (predicate, iterator)); dropwhile_reduce and takewhile_reduce add
         * whether the predicate failed already (their start and stop flags).
         */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject[] args = {predicate == null ? PyNone.NONE : predicate, source};
            if (kind == FILTER_FALSE) {
                return IteratorReductions.call(ts, type(), args);
            }
            PyObject flag = PyInt.of(ts, decided ? 1 : 0);
            try {
                return IteratorReductions.callWithState(ts, type(), args, flag);
            } finally {
                ts.decref(flag);
            }
        }

        /** dropwhile_setstate / takewhile_setstate: the flag's truth. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            decided = Ops.truthy(ts, state);
        }
    }

    /**
     * groupby(iterable, key=None): (key, group) pairs for runs of items with equal keys. The groups share
     * the one underlying iterator: moving on to the next key ends the previous group (itertools.c's
     * tgtkey/currkey/currvalue/currgrouper).
     */
    static final class GroupBy extends Iter implements PyIterator.Resumable {
        private final PyObject source;
        private final PyObject keyFunction;
        private PyObject targetKey;
        private PyObject currentKey;
        private PyObject currentValue;
        /** The group that may still advance the source; any other is finished. */
        private Grouper currentGrouper;

        GroupBy(ThreadState ts, PyObject source, PyObject keyFunction) {
            super(ts, GROUPBY);
            this.source = source;
            this.keyFunction = keyFunction == null ? null : ts.newRef(keyFunction);
        }

        static PyObject construct(Args args) {
            PyObject[] a = args.bind("groupby", 1, "iterable", "key");
            PyObject key = a[1] == null || a[1] == PyNone.NONE ? null : a[1];
            return new GroupBy(args.thread(), Ops.iter(args.thread(), a[0]), key);
        }

        /** groupby_step: the next item and its key; false at the end. */
        boolean step(ThreadState ts) {
            PyObject value = Ops.next(ts, source);
            if (value == null) {
                return false;
            }
            PyObject key;
            try {
                key = keyFunction == null ? ts.newRef(value) : ts.call(keyFunction, value);
            } catch (RuntimeException e) {
                ts.decref(value);
                throw e;
            }
            ts.xdecref(currentValue);
            ts.xdecref(currentKey);
            currentValue = value;
            currentKey = key;
            return true;
        }

        @Override
        public PyObject next(ThreadState ts) {
            currentGrouper = null;
            while (true) {
                if (currentKey != null) {
                    if (targetKey == null || !Ops.equal(ts, targetKey, currentKey)) {
                        break;
                    }
                }
                if (!step(ts)) {
                    return null;
                }
            }
            ts.xdecref(targetKey);
            targetKey = ts.newRef(currentKey);
            Grouper grouper = new Grouper(ts, this, targetKey);
            currentGrouper = grouper;
            return new PyTuple(ts, new PyObject[] {ts.newRef(targetKey), grouper});
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {source, keyFunction, targetKey, currentKey, currentValue};
        }

        /** groupby_reduce: (groupby, (it, key)) with (currkey, currvalue, tgtkey) as the state when all are set. */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject[] args = {source, keyFunction == null ? PyNone.NONE : keyFunction};
            if (targetKey == null || currentKey == null || currentValue == null) {
                return IteratorReductions.call(ts, GROUPBY, args);
            }
            PyObject state = PyTuple.of(ts, currentKey, currentValue, targetKey);
            try {
                return IteratorReductions.callWithState(ts, GROUPBY, args, state);
            } finally {
                ts.decref(state);
            }
        }

        /** groupby_setstate: (currkey, currvalue, tgtkey). */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            PyObject[] t = stateTuple(state, 3);
            PyObject[] old = {currentKey, currentValue, targetKey};
            currentKey = ts.newRef(t[0]);
            currentValue = ts.newRef(t[1]);
            targetKey = ts.newRef(t[2]);
            for (PyObject o : old) {
                ts.xdecref(o);
            }
        }
    }

    /** One group of a groupby: items while the parent's current key equals this group's key. */
    static final class Grouper extends Iter implements PyIterator.Reducible {
        private final GroupBy parent;
        private final PyObject key;

        Grouper(ThreadState ts, GroupBy parent, PyObject key) {
            super(ts, GROUPER);
            this.parent = ts.newRef(parent);
            this.key = ts.newRef(key);
        }

        /** _grouper(parent, tgtkey), as unpickling calls it: the parent's current group. */
        static PyObject construct(Args args) {
            args.expectPositional("_grouper", 2, 2);
            if (!(args.get(0) instanceof GroupBy parent)) {
                throw PyErrors.typeError("_grouper() argument 1 must be itertools.groupby, not " + args.get(0).type().name());
            }
            Grouper grouper = new Grouper(args.thread(), parent, args.get(1));
            parent.currentGrouper = grouper;
            return grouper;
        }

        /** _grouper_reduce: (_grouper, (parent, tgtkey)) while it is the current group, else an empty iter(). */
        @Override
        public PyObject reduce(ThreadState ts) {
            if (parent.currentGrouper != this) {
                return IteratorReductions.exhausted(ts, IteratorReductions.iter(ts), ts.newRef(PyTuple.EMPTY));
            }
            return IteratorReductions.call(ts, GROUPER, parent, key);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (parent.currentGrouper != this) {
                return null;
            }
            if (parent.currentValue == null && !parent.step(ts)) {
                return null;
            }
            if (!Ops.equal(ts, key, parent.currentKey)) {
                return null;
            }
            PyObject value = parent.currentValue;
            parent.currentValue = null;
            ts.decref(parent.currentKey);
            parent.currentKey = null;
            return value;
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {parent, key};
        }
    }

    /** islice(iterable, stop) / islice(iterable, start, stop[, step]): items by position, skipping as it goes. */
    static final class Islice extends Iter implements PyIterator.Resumable {
        private PyObject source;
        /** Position of the next item to return, and of the last one consumed (cnt). */
        private long next;
        private long consumed;
        private final long stop;
        private final long step;

        Islice(ThreadState ts, PyObject source, long start, long stop, long step) {
            super(ts, ISLICE);
            this.source = source;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        static PyObject construct(Args args) {
            noKeywords(args, "islice");
            args.checkPositional("islice", "islice", 2, 4);
            long start = 0;
            long stop;
            long step = 1;
            String indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (args.size() == 2) {
                stop = args.get(1) == PyNone.NONE ? -1
                        : nonNegative(args.thread(), args.get(1), "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            } else {
                start = args.get(1) == PyNone.NONE ? 0 : nonNegative(args.thread(), args.get(1), indices);
                stop = args.get(2) == PyNone.NONE ? -1 : nonNegative(args.thread(), args.get(2), indices);
                if (args.size() == 4 && args.get(3) != PyNone.NONE) {
                    PyInt s = Numbers.asInt(args.get(3));
                    step = s == null || s.isBig() ? 0 : s.value;
                    if (step < 1) {
                        throw PyErrors.valueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            return new Islice(args.thread(), Ops.iter(args.thread(), args.get(0)), start, stop, step);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (source == null) {
                return null;
            }
            while (consumed < next) {
                PyObject skipped = Ops.next(ts, source);
                if (skipped == null) {
                    return exhausted(ts);
                }
                ts.decref(skipped);
                consumed++;
            }
            if (stop != -1 && consumed >= stop) {
                return exhausted(ts);
            }
            PyObject item = Ops.next(ts, source);
            if (item == null) {
                return exhausted(ts);
            }
            consumed++;
            long previous = next;
            next += step;
            if (next < previous || stop != -1 && next > stop) {
                next = stop;
            }
            return item;
        }

        private PyObject exhausted(ThreadState ts) {
            ts.decref(source);
            source = null;
            return null;
        }

        /**
         * islice_reduce: (islice, (iterator, next, stop or None, step), items consumed); once exhausted,
         * (islice, (an iterator over [], 0), 0).
         */
        @Override
        public PyObject reduce(ThreadState ts) {
            List<PyObject> made = new ArrayList<>();
            try {
                if (source == null) {
                    PyObject empty = new PyList(ts);
                    made.add(empty);
                    PyObject it = Ops.iter(ts, empty);
                    made.add(it);
                    PyObject zero = PyInt.of(ts, 0);
                    return IteratorReductions.callWithState(ts, ISLICE, new PyObject[] {it, zero}, zero);
                }
                PyObject[] args = {source, made(made, PyInt.of(ts, next)),
                    stop == -1 ? PyNone.NONE : made(made, PyInt.of(ts, stop)), made(made, PyInt.of(ts, step))};
                return IteratorReductions.callWithState(ts, ISLICE, args, made(made, PyInt.of(ts, consumed)));
            } finally {
                made.forEach(ts::decref);
            }
        }

        /** islice_setstate: the count of items consumed. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            consumed = Convert.toLong(state, "__setstate__");
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {source};
        }
    }

    /** pairwise(iterable): overlapping pairs (a, b), (b, c)... */
    static final class Pairwise extends Iter {
        private PyObject source;
        private PyObject previous;

        Pairwise(ThreadState ts, PyObject source) {
            super(ts, PAIRWISE);
            this.source = source;
        }

        static PyObject construct(Args args) {
            noKeywords(args, "pairwise");
            args.checkPositional("pairwise", "pairwise", 1, 1);
            return new Pairwise(args.thread(), Ops.iter(args.thread(), args.get(0)));
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (source == null) {
                return null;
            }
            if (previous == null) {
                previous = Ops.next(ts, source);
                if (previous == null) {
                    return end(ts);
                }
            }
            PyObject item = Ops.next(ts, source);
            if (item == null) {
                return end(ts);
            }
            PyObject pair = PyTuple.of(ts, previous, item);
            ts.decref(previous);
            previous = item;
            return pair;
        }

        private PyObject end(ThreadState ts) {
            ts.decref(source);
            source = null;
            ts.xdecref(previous);
            previous = null;
            return null;
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {source, previous};
        }
    }

    /** starmap(function, iterable): function(*args) for each args of the iterable. */
    static final class Starmap extends Iter implements PyIterator.Reducible {
        private final PyObject function;
        private final PyObject source;

        Starmap(ThreadState ts, PyObject function, PyObject source) {
            super(ts, STARMAP);
            this.function = ts.newRef(function);
            this.source = source;
        }

        static PyObject construct(Args args) {
            noKeywords(args, "starmap");
            args.checkPositional("starmap", "starmap", 2, 2);
            return new Starmap(args.thread(), args.get(0), Ops.iter(args.thread(), args.get(1)));
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject arguments = Ops.next(ts, source);
            if (arguments == null) {
                return null;
            }
            try {
                if (!Ops.isIterable(arguments)) {
                    throw PyErrors.typeError("'" + arguments.type().name() + "' object is not iterable");
                }
                List<PyObject> items = Ops.toList(ts, arguments);
                try {
                    return ts.call(function, items.toArray(new PyObject[0]));
                } finally {
                    items.forEach(ts::decref);
                }
            } finally {
                ts.decref(arguments);
            }
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {function, source};
        }

        /** starmap_reduce: (starmap, (function, iterator)). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return IteratorReductions.call(ts, STARMAP, function, source);
        }
    }

    /** zip_longest(*iterables, fillvalue=None): tuples until the longest ends, the others padded. */
    static final class ZipLongest extends Iter implements PyIterator.Resumable {
        private final PyObject[] sources;
        private PyObject fill;
        private int active;

        ZipLongest(ThreadState ts, PyObject[] sources, PyObject fill) {
            super(ts, ZIP_LONGEST);
            this.sources = sources;
            this.fill = ts.newRef(fill);
            this.active = sources.length;
        }

        static PyObject construct(Args args) {
            ThreadState ts = args.thread();
            PyObject fill = PyNone.NONE;
            for (String name : args.keywordNames()) {
                if (!name.equals("fillvalue")) {
                    throw PyErrors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = args.keyword(name);
            }
            PyObject[] sources = new PyObject[args.size()];
            try {
                for (int i = 0; i < sources.length; i++) {
                    sources[i] = Ops.iter(ts, args.get(i));
                }
            } catch (RuntimeException e) {
                for (PyObject s : sources) {
                    ts.xdecref(s);
                }
                throw e;
            }
            return new ZipLongest(ts, sources, fill);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (sources.length == 0 || active == 0) {
                return null;
            }
            PyObject[] items = new PyObject[sources.length];
            for (int i = 0; i < sources.length; i++) {
                PyObject item = null;
                if (sources[i] != null) {
                    try {
                        item = Ops.next(ts, sources[i]);
                    } catch (RuntimeException e) {
                        for (int j = 0; j < i; j++) {
                            ts.decref(items[j]);
                        }
                        throw e;
                    }
                    if (item == null) {
                        if (--active == 0) { // the last one stays, as CPython keeps it (its reduction shows it)
                            for (int j = 0; j < i; j++) {
                                ts.decref(items[j]);
                            }
                            return null;
                        }
                        ts.decref(sources[i]);
                        sources[i] = null;
                    }
                }
                items[i] = item != null ? item : ts.newRef(fill);
            }
            return new PyTuple(ts, items);
        }

        @Override
        PyObject[] held() {
            PyObject[] all = java.util.Arrays.copyOf(sources, sources.length + 1);
            all[sources.length] = fill;
            return all;
        }

        /** zip_longest_reduce: (zip_longest, iterators with () for each one exhausted, fillvalue). */
        @Override
        public PyObject reduce(ThreadState ts) {
            PyObject[] args = new PyObject[sources.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = sources[i] == null ? PyTuple.EMPTY : sources[i];
            }
            return IteratorReductions.callWithState(ts, ZIP_LONGEST, args, fill);
        }

        /** zip_longest_setstate: the fillvalue. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            PyObject old = fill;
            fill = ts.newRef(state);
            ts.decref(old);
        }
    }

    // ---- combinatoric iterators: index vectors over pools read up front ----

    /**
     * A combinatoric iterator: a pool of items and the index vector of the next tuple. Its reduction, as
     * CPython 3.11's, rebuilds it from the pool (and r) with the index vector of the last tuple given out as
     * the state; __setstate__ clips each index into its range (itertools.c's *_setstate).
     */
    private abstract static class Combinatoric extends Iter implements PyIterator.Resumable {
        final PyObject[] pool;
        int[] indices;
        boolean first = true;
        boolean done;

        Combinatoric(ThreadState ts, PyType type, PyObject[] pool) {
            super(ts, type);
            this.pool = pool;
        }

        /** The tuple of pool items at {@code positions}. */
        PyObject tupleAt(ThreadState ts, int[] positions, int count) {
            PyObject[] items = new PyObject[count];
            for (int i = 0; i < count; i++) {
                items[i] = ts.newRef(pool[positions[i]]);
            }
            return new PyTuple(ts, items);
        }

        @Override
        PyObject[] held() {
            return pool;
        }

        /** The tuple of the first {@code count} of {@code values}, as ints. */
        static PyObject intTuple(ThreadState ts, int[] values, int count) {
            PyObject[] items = new PyObject[count];
            for (int i = 0; i < count; i++) {
                items[i] = PyInt.of(ts, values[i]);
            }
            return new PyTuple(ts, items);
        }

        /** The reduction (type, args[, state]); args and state are new references it takes over. */
        PyObject reduction(ThreadState ts, PyObject args, PyObject state) {
            try {
                return state == null ? PyTuple.of(ts, type(), args) : PyTuple.of(ts, type(), args, state);
            } finally {
                ts.decref(args);
                ts.xdecref(state);
            }
        }

        /** The pool as a tuple, a new reference. */
        PyObject poolTuple(ThreadState ts, int from, int to) {
            return PyTuple.of(ts, java.util.Arrays.copyOfRange(pool, from, to));
        }

        /**
         * The reduction of permutations and combinations: (type, (pool, r)) before the first tuple, (type,
         * ((), r)) once exhausted, else (type, (pool, r), state), the state made only then.
         */
        PyObject reductionWithR(ThreadState ts, int r, java.util.function.Supplier<PyObject> state) {
            boolean exhausted = !first && done;
            PyObject items = exhausted ? ts.newRef(PyTuple.EMPTY) : poolTuple(ts, 0, pool.length);
            PyObject args = new PyTuple(ts, new PyObject[] {items, PyInt.of(ts, r)});
            return reduction(ts, args, first || done ? null : state.get());
        }

        /** The state tuple's items, when it is a tuple of {@code length}; else ValueError, as CPython's. */
        static PyObject[] stateItems(PyObject state, int length) {
            if (!(state instanceof PyTuple t) || t.size() != length) {
                throw PyErrors.valueError("invalid arguments");
            }
            return t.toArray();
        }

        /** indices[i] = state[i] clipped into [0, highest(i)], for i < count. */
        void restoreIndices(ThreadState ts, PyObject[] state, int[] into, int count, java.util.function.IntUnaryOperator highest) {
            for (int i = 0; i < count; i++) {
                into[i] = (int) IteratorReductions.index(ts, state[i], 0, highest.applyAsInt(i));
            }
        }
    }

    /** The items of an iterable, as owned references. */
    private static PyObject[] pool(ThreadState ts, PyObject iterable) {
        return Ops.toList(ts, iterable).toArray(new PyObject[0]);
    }

    /** The r argument of permutations/combinations. */
    private static int rArgument(ThreadState ts, PyObject value) {
        PyInt r = Numbers.index(ts, value);
        try {
            if (r.toBig().signum() < 0) {
                throw PyErrors.valueError("r must be non-negative");
            }
            return r.isBig() || r.value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) r.value;
        } finally {
            Numbers.releaseIndex(ts, r, value);
        }
    }

    /** product(*iterables, repeat=1): the Cartesian product, the rightmost element advancing fastest. */
    static final class Product extends Combinatoric {
        /** For each position of the result, where its pool starts in {@link #pool} and its size. */
        private final int[] offsets;
        private final int[] sizes;

        Product(ThreadState ts, PyObject[] pool, int[] offsets, int[] sizes) {
            super(ts, PRODUCT, pool);
            this.offsets = offsets;
            this.sizes = sizes;
            this.indices = new int[sizes.length];
        }

        static PyObject construct(Args args) {
            ThreadState ts = args.thread();
            long repeat = 1;
            for (String name : args.keywordNames()) {
                if (!name.equals("repeat")) {
                    throw PyErrors.typeError("'" + name + "' is an invalid keyword argument for product()");
                }
                PyObject given = args.keyword(name);
                PyInt n = Numbers.index(ts, given);
                repeat = n.isBig() ? (n.toBig().signum() < 0 ? -1 : Integer.MAX_VALUE) : n.value;
                Numbers.releaseIndex(ts, n, given);
                if (repeat < 0) {
                    throw PyErrors.valueError("repeat argument cannot be negative");
                }
            }
            List<PyObject[]> pools = new ArrayList<>();
            try {
                for (PyObject iterable : args.positional()) {
                    pools.add(pool(ts, iterable));
                }
            } catch (RuntimeException e) {
                pools.forEach(p -> java.util.Arrays.stream(p).forEach(ts::decref));
                throw e;
            }
            int positions = (int) (pools.size() * repeat);
            List<PyObject> all = new ArrayList<>();
            int[] offsets = new int[positions];
            int[] sizes = new int[positions];
            for (int i = 0; i < positions; i++) {
                PyObject[] p = pools.get(i % pools.size());
                offsets[i] = all.size();
                sizes[i] = p.length;
                for (PyObject item : p) {
                    all.add(ts.newRef(item));
                }
            }
            pools.forEach(p -> java.util.Arrays.stream(p).forEach(ts::decref));
            return new Product(ts, all.toArray(new PyObject[0]), offsets, sizes);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (done) {
                return null;
            }
            if (first) {
                first = false;
                for (int size : sizes) {
                    if (size == 0) {
                        done = true;
                        return null;
                    }
                }
            } else {
                int i = indices.length - 1;
                while (i >= 0 && ++indices[i] == sizes[i]) {
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            PyObject[] items = new PyObject[indices.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = ts.newRef(pool[offsets[i] + indices[i]]);
            }
            return new PyTuple(ts, items);
        }

        /** product_reduce: (product, ((),)) once exhausted, else (product, pools[, indices]). */
        @Override
        public PyObject reduce(ThreadState ts) {
            if (done) {
                PyObject empty = PyTuple.EMPTY;
                return reduction(ts, PyTuple.of(ts, empty), null);
            }
            PyObject[] pools = new PyObject[sizes.length];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = poolTuple(ts, offsets[i], offsets[i] + sizes[i]);
            }
            return reduction(ts, new PyTuple(ts, pools), first ? null : intTuple(ts, indices, indices.length));
        }

        /** product_setstate: the indices of the last tuple given out; an empty pool ends the product. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            PyObject[] items = stateItems(state, indices.length);
            for (int i = 0; i < items.length; i++) {
                if (sizes[i] == 0) {
                    done = true;
                    return;
                }
            }
            restoreIndices(ts, items, indices, indices.length, i -> sizes[i] - 1);
            first = false;
        }
    }

    /** permutations(iterable, r=None): r-length orderings, in lexicographic order of positions. */
    static final class Permutations extends Combinatoric {
        private final int r;
        private final int[] cycles;

        Permutations(ThreadState ts, PyObject[] pool, int r) {
            super(ts, PERMUTATIONS, pool);
            this.r = r;
            int n = pool.length;
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.cycles = new int[Math.min(r, n)];
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
            this.done = r > n;
        }

        static PyObject construct(Args args) {
            PyObject[] a = args.bind("permutations", 1, "iterable", "r");
            ThreadState ts = args.thread();
            PyObject[] pool = pool(ts, a[0]);
            int r = a[1] == null || a[1] == PyNone.NONE ? pool.length : rArgument(ts, a[1]);
            return new Permutations(ts, pool, r);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (done) {
                return null;
            }
            if (first) {
                first = false;
                return tupleAt(ts, indices, r);
            }
            int n = pool.length;
            for (int i = r - 1; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    // rotate indices[i:] left by one
                    int moved = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = moved;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int swap = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = swap;
                    return tupleAt(ts, indices, r);
                }
            }
            done = true;
            return null;
        }

        /** permutations_reduce: with the state (indices, cycles). */
        @Override
        public PyObject reduce(ThreadState ts) {
            return reductionWithR(ts, r, () -> new PyTuple(ts, new PyObject[] {intTuple(ts, indices, indices.length),
                    intTuple(ts, cycles, cycles.length)}));
        }

        /** permutations_setstate: (indices, cycles), each clipped into its range. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            // PyArg_ParseTuple(state, "O!O!", &PyTuple_Type, ...) first, then the lengths
            PyObject[] parts = stateTuple(state, 2);
            for (int i = 0; i < 2; i++) {
                if (!(parts[i] instanceof PyTuple)) {
                    throw PyErrors.badArgument("argument " + (i + 1), "tuple", parts[i]);
                }
            }
            int n = pool.length;
            PyObject[] savedIndices = stateItems(parts[0], n);
            PyObject[] savedCycles = stateItems(parts[1], cycles.length);
            restoreIndices(ts, savedIndices, indices, n, i -> n - 1);
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = (int) IteratorReductions.index(ts, savedCycles[i], 1, n - i);
            }
            first = false;
        }
    }

    /** combinations(iterable, r) and combinations_with_replacement(iterable, r), in lexicographic order. */
    static final class Combinations extends Combinatoric {
        private final int r;
        private final boolean replacement;

        Combinations(ThreadState ts, PyType type, PyObject[] pool, int r, boolean replacement) {
            super(ts, type, pool);
            this.r = r;
            this.replacement = replacement;
            this.indices = new int[r];
            for (int i = 0; i < r; i++) {
                indices[i] = replacement ? 0 : i;
            }
            this.done = replacement ? pool.length == 0 && r > 0 : r > pool.length;
        }

        static PyObject construct(Args args, boolean replacement) {
            String name = replacement ? "combinations_with_replacement" : "combinations";
            PyObject[] a = args.bind(name, 2, "iterable", "r");
            ThreadState ts = args.thread();
            int r = rArgument(ts, a[1]);
            return new Combinations(ts, replacement ? COMBINATIONS_WITH_REPLACEMENT : COMBINATIONS, pool(ts, a[0]), r, replacement);
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (done) {
                return null;
            }
            if (first) {
                first = false;
                return tupleAt(ts, indices, r);
            }
            int n = pool.length;
            int i = r - 1;
            int limit = replacement ? n - 1 : 0;
            while (i >= 0 && indices[i] == (replacement ? limit : i + n - r)) {
                i--;
            }
            if (i < 0) {
                done = true;
                return null;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
            }
            return tupleAt(ts, indices, r);
        }

        /** combinations_reduce and cwr_reduce: with the indices of the last tuple as the state. */
        @Override
        public PyObject reduce(ThreadState ts) {
            return reductionWithR(ts, r, () -> intTuple(ts, indices, r));
        }

        /** combinations_setstate and cwr_setstate: indices clipped to the highest each position takes. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            PyObject[] items = stateItems(state, r);
            int n = pool.length;
            restoreIndices(ts, items, indices, r, i -> replacement ? n - 1 : i + n - r);
            first = false;
        }
    }

    // ---- tee ----

    /**
     * The items a tee group has read from its source, shared by the group's iterators (CPython's
     * teedataobject, which links 57-item blocks; this one keeps every item while any iterator of the group
     * lives: the items returned and the order the source is read in are the same).
     */
    static final class TeeData extends PyObject implements PyIterator.Reducible {
        /** The items of one of CPython's links: how reductions cut the items read. */
        static final int LINK_CELLS = 57;

        private final PyObject source;
        private final List<PyObject> items = new ArrayList<>();
        private boolean exhausted;

        /** Takes over the reference to {@code source}, an iterator. */
        TeeData(ThreadState ts, PyObject source) {
            super(ts);
            this.source = source;
        }

        /** _tee_dataobject(it, values, next), as unpickling calls it: the values, then next's, then it's. */
        static PyObject construct(Args args) {
            args.expectPositional("teedataobject", 3, 3);
            ThreadState ts = args.thread();
            if (!(args.get(1) instanceof PyList values)) {
                throw PyErrors.badArgument("teedataobject() argument 2", "list", args.get(1));
            }
            PyObject next = args.get(2);
            if (next != PyNone.NONE && !(next instanceof TeeData)) {
                throw PyErrors.typeError("_tee_dataobject next link must be a _tee_dataobject or None");
            }
            TeeData data = new TeeData(ts, Ops.iter(ts, args.get(0)));
            for (PyObject item : Ops.toList(ts, values)) {
                data.items.add(item);
            }
            if (next instanceof TeeData rest) {
                rest.items.forEach(item -> data.items.add(ts.newRef(item)));
            }
            return data;
        }

        /** teedataobject_reduce: (_tee_dataobject, (it, values, next link or None)), all one link of its items. */
        @Override
        public PyObject reduce(ThreadState ts) {
            return linkReduction(ts, 0);
        }

        /** The reduction of the link of the items from {@code start}, as CPython's would be. */
        PyObject linkReduction(ThreadState ts, int start) {
            int end = Math.min(items.size(), start + LINK_CELLS);
            List<PyObject> values = new ArrayList<>();
            for (PyObject item : items.subList(start, end)) {
                values.add(ts.newRef(item));
            }
            PyObject list = new PyList(ts, values);
            PyObject next = items.size() > start + LINK_CELLS ? new Link(ts, this, start + LINK_CELLS) : ts.newRef(PyNone.NONE);
            try {
                return IteratorReductions.call(ts, TEE_DATA, source, list, next);
            } finally {
                ts.decref(list);
                ts.decref(next);
            }
        }

        /** The item at {@code position}, reading the source for it when no iterator has yet; null at the end. */
        PyObject get(ThreadState ts, int position) {
            if (position < items.size()) {
                return ts.newRef(items.get(position));
            }
            if (exhausted) {
                return null;
            }
            PyObject item = Ops.next(ts, source);
            if (item == null) {
                exhausted = true;
                return null;
            }
            items.add(ts.newRef(item));
            return item;
        }

        @Override
        public PyType type() {
            return TEE_DATA;
        }

        @Override
        protected void release(ThreadState ts) {
            items.forEach(ts::decref);
            ts.decref(source);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            items.forEach(visit);
            visit.accept(source);
        }
    }

    /**
     * A later link of a TeeData, as a reduction hands it on (CPython's teedataobject chain): it reduces to
     * the link's items, and a tee's __setstate__ given it counts from the link's start.
     */
    static final class Link extends PyObject implements PyIterator.Reducible {
        private final TeeData data;
        private final int start;

        Link(ThreadState ts, TeeData data, int start) {
            super(ts);
            this.data = ts.newRef(data);
            this.start = start;
        }

        @Override
        public PyType type() {
            return TEE_DATA;
        }

        @Override
        public PyObject reduce(ThreadState ts) {
            return data.linkReduction(ts, start);
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(data);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(data);
        }
    }

    /** One of tee's iterators: a position in the data its group shares. */
    static final class Tee extends Iter implements PyIterator.Resumable {
        private TeeData data;
        private int position;

        private Tee(ThreadState ts, TeeData data, int position) {
            super(ts, TEE);
            this.data = ts.newRef(data);
            this.position = position;
        }

        /** tee_fromiterable: a copy of a tee, or the first iterator of a new group. */
        static Tee of(ThreadState ts, PyObject iterable) {
            PyObject it = Ops.iter(ts, iterable);
            if (it instanceof Tee t) {
                try {
                    return t.copy(ts);
                } finally {
                    ts.decref(it);
                }
            }
            TeeData data = new TeeData(ts, it);
            try {
                return new Tee(ts, data, 0);
            } finally {
                ts.decref(data);
            }
        }

        Tee copy(ThreadState ts) {
            return new Tee(ts, data, position);
        }

        @Override
        public PyObject next(ThreadState ts) {
            PyObject item = data.get(ts, position);
            if (item != null) {
                position++;
            }
            return item;
        }

        @Override
        PyObject[] held() {
            return new PyObject[] {data};
        }

        /** tee_reduce: (_tee, ((),), (link, index)), the link of the last item given out and the index in it. */
        @Override
        public PyObject reduce(ThreadState ts) {
            int link = position == 0 ? 0 : (position - 1) / TeeData.LINK_CELLS * TeeData.LINK_CELLS;
            PyObject where = link == 0 ? ts.newRef(data) : new Link(ts, data, link);
            PyObject index = PyInt.of(ts, position - link);
            PyObject state = PyTuple.of(ts, where, index);
            try {
                return IteratorReductions.callWithState(ts, TEE, new PyObject[] {PyTuple.EMPTY}, state);
            } finally {
                ts.decref(where);
                ts.decref(index);
                ts.decref(state);
            }
        }

        /** tee_setstate: (link, index), index at most a link's cells. */
        @Override
        public void setState(ThreadState ts, PyObject state) {
            PyObject[] t = stateTuple(state, 2);
            PyObject where = t[0];
            if (!(where instanceof TeeData) && !(where instanceof Link)) {
                throw PyErrors.typeError("argument 1 must be itertools._tee_dataobject, not " + where.type().name());
            }
            int index = Convert.toInt(t[1], "__setstate__");
            if (index < 0 || index > TeeData.LINK_CELLS) {
                throw PyErrors.valueError("Index out of range");
            }
            TeeData to = where instanceof Link l ? l.data : (TeeData) where;
            int start = where instanceof Link l ? l.start : 0;
            TeeData old = data;
            data = ts.newRef(to);
            position = start + index;
            ts.decref(old);
        }
    }

    /** tee(iterable, n=2): n independent iterators over one iterable. */
    private static PyObject tee(Args args) {
        args.checkPositional("tee", "itertools.tee", 1, 2);
        ThreadState ts = args.thread();
        long n = 2;
        if (args.size() == 2) {
            PyInt count = Numbers.index(ts, args.get(1));
            n = count.isBig() ? (count.toBig().signum() < 0 ? -1 : Integer.MAX_VALUE) : count.value;
            Numbers.releaseIndex(ts, count, args.get(1));
        }
        if (n < 0) {
            throw PyErrors.valueError("n must be >= 0");
        }
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] copies = new PyObject[(int) n];
        PyObject it = Ops.iter(ts, args.get(0));
        Tee first;
        if (it instanceof Tee t) {
            first = t;
        } else {
            first = Tee.of(ts, it);
            ts.decref(it);
        }
        copies[0] = first;
        for (int i = 1; i < n; i++) {
            copies[i] = first.copy(ts);
        }
        return new PyTuple(ts, copies);
    }
}
