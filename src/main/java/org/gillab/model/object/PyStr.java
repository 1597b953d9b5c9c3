package org.gillab.model.object;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gillab.model.compile.StringRepr;

/**
 * str (Objects/unicodeobject.c): a Java String indexed by code point, as Python indexes it. Most strings
 * have no surrogate pairs, and there a code point is a char: indexing and iteration are O(1) with no
 * table at all; a string with characters beyond the BMP builds its code points once, on first use. The
 * hash is computed once ({@link Hashing#ofString}), and one-character strings below U+0100 are shared
 * singletons, as CPython's are, so iterating over ASCII text allocates nothing.
 */
public class PyStr extends PyObject {
    private static final PyStr[] LATIN1 = new PyStr[256];
    /** Immortal strings by value (names, attribute keys): interned like CPython's identifiers. */
    private static final Map<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    private static final int INTERNED_MAX = 100_000;

    static {
        for (int c = 0; c < LATIN1.length; c++) {
            LATIN1[c] = new PyStr(String.valueOf((char) c));
        }
    }

    public final String value;
    /** The hash once computed; -1 (never a hash) before. */
    private long hash = -1;
    /** The code points when the string has surrogate pairs, else null once {@link #length} is known. */
    private int[] codePoints;
    /**
     * Number of code points; -1 until first needed. Volatile, and written after {@link #codePoints}: a
     * thread that sees the length sees the code points (immortal strings are shared between threads).
     */
    private volatile int length = -1;

    public PyStr(ThreadState ts, String value) {
        super(ts);
        this.value = value;
    }

    private PyStr(String value) {
        this.value = value;
    }

    /** Identifiers and sys.intern()'s strings, one immortal str for each, however many code objects name them. */
    private static final Map<String, PyStr> IDENTIFIERS = new ConcurrentHashMap<>();

    /**
     * The interned str of a name (PyUnicode_InternInPlace): dict keys made from names (attributes,
     * globals) are then the very objects later lookups use, so that a hash map finds them by identity
     * instead of comparing characters; sys.intern() returns the same object for the same characters.
     * Unlike CPython 3.11's, interned strings stay alive once interned.
     */
    public static PyStr intern(String name) {
        return IDENTIFIERS.computeIfAbsent(name, n -> constant(n.intern()));
    }

    /** An immortal string: code constants, names, attribute keys. */
    public static PyStr constant(String value) {
        if (value.length() == 1 && value.charAt(0) < 256) {
            return LATIN1[value.charAt(0)];
        }
        PyStr s = INTERNED.get(value);
        if (s == null) {
            s = new PyStr(value);
            if (INTERNED.size() < INTERNED_MAX) {
                PyStr raced = INTERNED.putIfAbsent(value, s);
                s = raced != null ? raced : s;
            }
        }
        return s;
    }

    /** A new reference to the one-character string of {@code codePoint} (shared below U+0100). */
    public static PyStr of(ThreadState ts, int codePoint) {
        return codePoint < 256 ? LATIN1[codePoint] : new PyStr(ts, new String(Character.toChars(codePoint)));
    }

    /**
     * A new reference to a str of {@code text}: the shared singleton when it is one character below U+0100,
     * as CPython's unicode_result gives for every str it makes ({@code '-y3'[2:] is '3'}).
     */
    static PyStr ofText(ThreadState ts, String text) {
        return text.length() == 1 && text.charAt(0) < 256 ? LATIN1[text.charAt(0)] : new PyStr(ts, text);
    }

    /** An instance of a class that subclasses str ({@code class Color(str, Enum)}). */
    static final class Sub extends PyStr implements GcContainer {
        /** Its class, __dict__ (unless __slots__ leave it none) and slot values. */
        private final InstanceState state;

        Sub(ThreadState ts, PyType type, String value) {
            super(ts, value);
            ts.trackContainer(this);
            this.state = new InstanceState(ts, type);
        }

        /** The class's __getattribute__ / __getattr__ / __setattr__ / __delattr__, as for any heap type. */
        @Override
        public PyObject getAttr(ThreadState ts, String name) {
            return AttributeHooks.get(ts, this, state.type, name);
        }

        @Override
        public void setAttr(ThreadState ts, String name, PyObject value) {
            AttributeHooks.set(ts, this, state.type, name, value);
        }

        @Override
        public void delAttr(ThreadState ts, String name) {
            AttributeHooks.delete(ts, this, state.type, name);
        }

        @Override
        public PyType type() {
            return state.type;
        }

        @Override
        public PyDict dictOrNull() {
            return state.dict;
        }

        @Override
        protected PyObject[] slotValues() {
            return state.slotValues;
        }

        @Override
        public boolean truthy() {
            return state.overridesTruth() ? InstanceState.truthy(this) : super.truthy();
        }

        @Override
        public boolean equals(Object o) {
            return state.overridesEq() ? InstanceState.equal(this, o) : super.equals(o);
        }

        @Override
        public int hashCode() {
            return state.overridesHash() ? InstanceState.hash(this) : super.hashCode();
        }

        @Override
        protected void release(ThreadState ts) {
            state.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            state.traverse(visit);
        }
    }

    @Override
    public PyType type() {
        return Types.STR;
    }

    @Override
    protected String builtinStr() {
        return value;
    }

    @Override
    protected String builtinRepr() {
        return StringRepr.of(value);
    }

    @Override
    public boolean truthy() {
        return !value.isEmpty();
    }

    /** The str's hash, computed once. */
    long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.ofString(value);
            hash = h;
        }
        return h;
    }

    /** len(): the number of code points. */
    public int length() {
        int n = length;
        if (n < 0) {
            n = value.length();
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    codePoints = value.codePoints().toArray();
                    n = codePoints.length;
                    break;
                }
            }
            length = n;
        }
        return n;
    }

    /** The code point at index {@code i} (0 &lt;= i &lt; length()). */
    public int codePointAt(int i) {
        length();
        return codePoints == null ? value.charAt(i) : codePoints[i];
    }

    /** The chars of code points [start, stop), in order. */
    public String substring(int start, int stop) {
        length();
        if (codePoints == null) {
            return value.substring(start, stop);
        }
        return new String(codePoints, start, stop - start);
    }

    /** The char offset of code point {@code i} (the offset for a find that returns chars, in reverse). */
    int charIndex(int i) {
        length();
        return codePoints == null ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point index of char offset {@code c}. */
    int pointIndex(int c) {
        length();
        return codePoints == null ? c : value.codePointCount(0, c);
    }

    /** s[i] or s[i:j:k], by code point. */
    PyObject getItem(ThreadState ts, PyObject index) {
        int n = length();
        if (index instanceof PySlice slice) {
            long[] s = slice.indices(ts, n);
            if (s[2] == 1) {
                return s[3] == n && getClass() == PyStr.class ? ts.newRef(this) : ofText(ts, substring((int) s[0], (int) (s[0] + s[3])));
            }
            StringBuilder out = new StringBuilder((int) s[3]);
            for (long i = 0, k = s[0]; i < s[3]; i++, k += s[2]) {
                out.appendCodePoint(codePointAt((int) k));
            }
            return new PyStr(ts, out.toString());  // CPython's stepped slice makes a new str, even of one character
        }
        return of(ts, codePointAt(Ops.index(ts, index, n, "string")));
    }

    /** sub in self. */
    boolean contains(PyStr sub) {
        return value.contains(sub.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value) || Slots.decidesEquality(this, o);
    }

    @Override
    public int hashCode() {
        return Hashing.java(hash());
    }
}
