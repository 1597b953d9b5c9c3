package org.gillab.model.object;

import java.util.Arrays;
import java.util.List;

/**
 * The arguments of a call to a native function: positional ones, then keyword ones named by
 * {@link #keywordNames()}. All borrowed. {@link #bind} checks them the way PyArg_ParseTupleAndKeywords
 * does, with CPython's error messages.
 */
public final class Args {
    private static final String[] NO_NAMES = new String[0];

    private final ThreadState thread;
    private final PyObject[] values;
    private final int start;
    private final int positional;
    private final String[] keywordNames;

    public Args(ThreadState thread, PyObject[] values, int start, int count, String[] keywordNames) {
        this.thread = thread;
        this.values = values;
        this.start = start;
        this.keywordNames = keywordNames == null ? NO_NAMES : keywordNames;
        this.positional = count - this.keywordNames.length;
    }

    /** Positional arguments only. */
    public static Args of(ThreadState thread, PyObject... positional) {
        return new Args(thread, positional, 0, positional.length, null);
    }

    /**
     * The arguments of {@code f(*args, **kwargs)} for a tuple and a dict (null for none), borrowed from
     * them: how _thread.start_new_thread and atexit call what they were given.
     */
    public static Args unpack(ThreadState thread, PyTuple args, PyDict kwargs) {
        var named = kwargs == null ? List.<java.util.Map.Entry<PyObject, PyObject>>of() : kwargs.snapshot();
        PyObject[] values = new PyObject[args.size() + named.size()];
        String[] names = new String[named.size()];
        for (int i = 0; i < args.size(); i++) {
            values[i] = args.get(i);
        }
        for (int i = 0; i < named.size(); i++) {
            names[i] = named.get(i).getKey().str();
            values[args.size() + i] = named.get(i).getValue();
        }
        return new Args(thread, values, 0, values.length, names);
    }

    /** These arguments with {@code first} before them: how a bound method or type_call passes self or cls. */
    public Args prepend(PyObject first) {
        int count = positional + keywordNames.length;
        PyObject[] all = new PyObject[count + 1];
        all[0] = first;
        System.arraycopy(values, start, all, 1, count);
        return new Args(thread, all, 0, count + 1, keywordNames);
    }

    /** These arguments without the first positional one (a method descriptor's self, tp_new's cls). */
    public Args shift() {
        if (positional == 0) {
            throw new IllegalStateException("no positional argument to shift");
        }
        return new Args(thread, values, start + 1, positional - 1 + keywordNames.length, keywordNames);
    }

    /** Only the keyword arguments (class keywords passed on to __init_subclass__). */
    public Args keywordsOnly() {
        return new Args(thread, values, start + positional, keywordNames.length, keywordNames);
    }

    /** The calling thread: for references ({@link ThreadState#incref}), allocation and the interpreter. */
    public ThreadState thread() {
        return thread;
    }

    /** The array the arguments are in, from {@link #start()}: for binding them into a frame without copying. */
    public PyObject[] array() {
        return values;
    }

    public int start() {
        return start;
    }

    /** Positional and keyword arguments together. */
    public int count() {
        return positional + keywordNames.length;
    }

    /** The keyword names, or null when there are none. */
    public String[] keywordArray() {
        return keywordNames.length == 0 ? null : keywordNames;
    }

    /** Number of positional arguments. */
    public int size() {
        return positional;
    }

    public PyObject get(int index) {
        if (index < 0 || index >= positional) {
            throw new IndexOutOfBoundsException("positional argument " + index + " of " + positional);
        }
        return values[start + index];
    }

    /** The positional arguments, as a list (borrowed). */
    public List<PyObject> positional() {
        return Arrays.asList(values).subList(start, start + positional);
    }

    public List<String> keywordNames() {
        return List.of(keywordNames);
    }

    /** The keyword argument {@code name}, or null when absent. */
    public PyObject keyword(String name) {
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i].equals(name)) {
                return values[start + positional + i];
            }
        }
        return null;
    }

    /**
     * Binds the arguments to parameters {@code names} (positional-or-keyword); the first {@code required}
     * are mandatory. Returns one slot per name, null where an optional one was not given.
     */
    public PyObject[] bind(String function, int required, String... names) {
        return bind(function, required, names.length, names);
    }

    /**
     * Binds the arguments to parameters {@code names}, the first {@code maxPositional} of which may be passed
     * by position and the rest only by keyword, with the messages of Argument Clinic's parser
     * (Python/getargs.c _PyArg_UnpackKeywords). One slot per name, null where an optional one was not given.
     */
    public PyObject[] bind(String function, int required, int maxPositional, String... names) {
        return bindPositionalOnly(function, 0, required, maxPositional, names);
    }

    /**
     * {@link #bind(String, int, int, String...)} for a signature whose first {@code positionalOnly} parameters
     * come before a "/" (as in {@code sum(iterable, /, start=0)}): those can be given only by position, so too
     * few positional arguments read "sum() takes at least 1 positional argument (0 given)" and a keyword naming
     * one of them is an invalid keyword.
     */
    public PyObject[] bindPositionalOnly(String function, int positionalOnly, int required, int maxPositional, String... names) {
        int given = positional + keywordNames.length;
        if (given > names.length) {
            throw PyErrors.typeError(function + "() takes at most " + names.length + " " + (positional == 0 ? "keyword " : "")
                    + "argument" + (names.length == 1 ? "" : "s") + " (" + given + " given)");
        }
        if (positional > maxPositional) {
            throw PyErrors.typeError(maxPositional == 0 ? function + "() takes no positional arguments"
                    : function + "() takes " + (required < maxPositional ? "at most " : "exactly ")
                    + plural(maxPositional, "positional argument") + " (" + positional + " given)");
        }
        int requiredPositionalOnly = Math.min(positionalOnly, required);
        if (positional < requiredPositionalOnly) {
            throw PyErrors.typeError(function + "() takes " + (requiredPositionalOnly < maxPositional ? "at least " : "exactly ")
                    + plural(requiredPositionalOnly, "positional argument") + " (" + positional + " given)");
        }
        PyObject[] slots = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            slots[i] = i < positional ? values[start + i] : i < positionalOnly ? null : keyword(names[i]);
            if (slots[i] == null && i < required) {
                throw PyErrors.typeError(function + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        // keywords that name no free parameter are reported only once every required one is there
        List<String> keywords = Arrays.asList(keywordNames);
        for (int i = positionalOnly; i < positional; i++) {
            if (keywords.contains(names[i])) {
                throw PyErrors.typeError("argument for " + function + "() given by name ('" + names[i] + "') and position ("
                        + (i + 1) + ")");
            }
        }
        List<String> keywordParameters = Arrays.asList(names).subList(positionalOnly, names.length);
        for (String keyword : keywordNames) {
            if (!keywordParameters.contains(keyword)) {
                throw PyErrors.typeError("'" + keyword + "' is an invalid keyword argument for " + function + "()");
            }
        }
        return slots;
    }

    /**
     * Binds the arguments as a Python function {@code def function(names...)} would, whose first {@code required}
     * parameters have no default: for native functions that stand in for functions CPython defines in Python, so
     * that a wrong call reads "findall() missing 1 required positional argument: 'string'". One slot per name, null
     * where an optional one was not given.
     */
    public PyObject[] bindAsPython(String function, int required, String... names) {
        if (positional > names.length) {
            throw SignatureErrors.tooManyPositional(function, required, names.length, positional, 0);
        }
        PyObject[] slots = new PyObject[names.length];
        System.arraycopy(values, start, slots, 0, positional);
        List<String> parameters = Arrays.asList(names);
        for (String keyword : keywordNames) {
            int index = parameters.indexOf(keyword);
            if (index < 0) {
                throw SignatureErrors.unexpectedKeyword(function, keyword);
            }
            if (slots[index] != null) {
                throw SignatureErrors.multipleValues(function, keyword);
            }
            slots[index] = keyword(keyword);
        }
        List<String> missing = parameters.subList(0, required).stream().filter(n -> slots[parameters.indexOf(n)] == null).toList();
        if (!missing.isEmpty()) {
            throw SignatureErrors.missing(function, missing, "positional");
        }
        return slots;
    }

    /** A method that takes no keyword arguments (METH_VARARGS / METH_FASTCALL without keywords). */
    public void noKeywords(String qualname) {
        if (keywordNames.length > 0) {
            throw PyErrors.typeError(qualname + "() takes no keyword arguments");
        }
    }

    /** METH_NOARGS: {@code list.copy() takes no arguments (1 given)}. */
    public void noArgs(String qualname) {
        noKeywords(qualname);
        if (positional != 0) {
            throw PyErrors.typeError(qualname + "() takes no arguments (" + positional + " given)");
        }
    }

    /** METH_O: the one argument, {@code list.append() takes exactly one argument (0 given)} otherwise. */
    public PyObject oneArg(String qualname) {
        noKeywords(qualname);
        if (positional != 1) {
            throw PyErrors.typeError(qualname + "() takes exactly one argument (" + positional + " given)");
        }
        return values[start];
    }

    /**
     * Positional-only arguments as Argument Clinic checks them (_PyArg_CheckPositional):
     * {@code insert expected 2 arguments, got 1}.
     */
    public void checkPositional(String name, String qualname, int min, int max) {
        noKeywords(qualname);
        checkCount(name, min, max);
    }

    /** The number of positional arguments, checked as Argument Clinic does where keywords may follow (dict.update). */
    public void checkCount(String name, int min, int max) {
        if (positional < min) {
            throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at least ") + plural(min, "argument")
                    + ", got " + positional);
        }
        if (positional > max) {
            throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at most ") + plural(max, "argument")
                    + ", got " + positional);
        }
    }

    /** Positional-only arguments as PyArg_ParseTuple checks them: {@code find() takes at least 1 argument (0 given)}. */
    public void parseTuple(String name, String qualname, int min, int max) {
        noKeywords(qualname);
        if (positional < min || positional > max) {
            String bound = min == max ? "exactly " + plural(min, "argument")
                    : positional < min ? "at least " + plural(min, "argument") : "at most " + plural(max, "argument");
            throw PyErrors.typeError(name + "() takes " + bound + " (" + positional + " given)");
        }
    }

    /** The positional argument {@code index}, or null when fewer were given. */
    public PyObject getOrNull(int index) {
        return index < positional ? values[start + index] : null;
    }

    /** Checks a function that takes only positional arguments, between {@code min} and {@code max} of them. */
    public void expectPositional(String function, int min, int max) {
        parseTuple(function, function, min, max);
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
