package org.gillab.model.lib;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import org.gillab.model.PythonException;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.GenericAlias;
import org.gillab.model.object.Hashing;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyIterator;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.SubclassableObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.vm.InterpreterState;

/**
 * The module _sre under re.py (Modules/_sre.c, with re's functions of Lib/re/__init__.py): compiled
 * patterns and match objects over java.util.regex, the syntax checked and translated by {@link ReSyntax}.
 * Matching runs holding the GIL, as _sre's does. Positions are code points, as Python's are, though Java
 * counts UTF-16 units. The flags are ints here; re.py makes them RegexFlag members.
 *
 * Deliberate differences: an error in a pattern or template is raised from the caller's line, without
 * the frames of CPython's Python re modules (re/__init__.py, _compiler.py, _parser.py) it passes through.
 */
final class ReModule {
    private ReModule() {}

    static final PyType ERROR = PyType.builder("error").base(PyErrors.EXCEPTION).subclassable()
            .attribute("__module__", PyStr.constant("re"))
            .method("__init__", ReModule::initError).build();

    /** Compiled syntax by (kind, pattern, flags), as re's _cache keeps compiled patterns. */
    private static final Map<String, ReSyntax.Compiled> CACHE = new ConcurrentHashMap<>();

    private static final PyType PATTERN = PyType.builder("re.Pattern").notBaseType()
            .newInstance((cls, args) -> {
                throw PyErrors.typeError("cannot create 're.Pattern' instances");
            })
            .method("match", (self, args) -> ((Regex) self).run(args, "match", Mode.MATCH))
            .method("fullmatch", (self, args) -> ((Regex) self).run(args, "fullmatch", Mode.FULL))
            .method("search", (self, args) -> ((Regex) self).run(args, "search", Mode.SEARCH))
            .method("findall", (self, args) -> ((Regex) self).findall(args))
            .method("finditer", (self, args) -> ((Regex) self).finditer(args))
            .method("sub", (self, args) -> ((Regex) self).sub(args, "sub", false))
            .method("subn", (self, args) -> ((Regex) self).sub(args, "subn", true))
            .method("split", (self, args) -> ((Regex) self).split(args))
            .method("scanner", (self, args) -> ((Regex) self).scanner(args))
            .getter("pattern", (ts, self) -> ts.newRef(((Regex) self).source))
            .getter("flags", (ts, self) -> PyInt.of(ts, ((Regex) self).compiled.flags()))
            .getter("groups", (ts, self) -> PyInt.of(ts, ((Regex) self).compiled.groups()))
            .getter("groupindex", (ts, self) -> {
                PyDict d = new PyDict(ts);
                ((Regex) self).compiled.names().forEach((name, group) -> d.put(ts, PyStr.constant(name), PyInt.constant(group)));
                try {
                    return ts.call(Types.MAPPINGPROXY, d); // read-only, as _sre's
                } finally {
                    ts.decref(d);
                }
            })
            .method("__copy__", (self, args) -> sameObject(self, args, "__copy__", 0))
            .method("__deepcopy__", (self, args) -> sameObject(self, args, "__deepcopy__", 1))
            .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
            .build();

    private static final PyType SCANNER = PyType.builder("_sre.SRE_Scanner").notBaseType()
            .newInstance((cls, args) -> {
                throw PyErrors.typeError("cannot create '_sre.SRE_Scanner' instances");
            })
            .method("match", (self, args) -> ((Scanner) self).next(args, "match", true))
            .method("search", (self, args) -> ((Scanner) self).next(args, "search", false))
            .getter("pattern", (ts, self) -> ts.newRef(((Scanner) self).regex))
            .build();

    private static final PyType MATCH = PyType.builder("re.Match").notBaseType()
            .newInstance((cls, args) -> {
                throw PyErrors.typeError("cannot create 're.Match' instances");
            })
            .method("__copy__", (self, args) -> sameObject(self, args, "__copy__", 0))
            .method("__deepcopy__", (self, args) -> sameObject(self, args, "__deepcopy__", 1))
            .classMethod("__class_getitem__", GenericAlias.CLASS_GETITEM)
            .method("group", (self, args) -> ((Found) self).group(args))
            .method("__getitem__", (self, args) -> {
                args.expectPositional("__getitem__", 1, 1);
                return ((Found) self).groupValue(args.thread(), ((Found) self).index(args.get(0)), PyNone.NONE);
            })
            .method("groups", (self, args) -> {
                PyObject[] a = args.bind("groups", 0, "default");
                return ((Found) self).groups(args.thread(), a[0] == null ? PyNone.NONE : a[0]);
            })
            .method("groupdict", (self, args) -> {
                PyObject[] a = args.bind("groupdict", 0, "default");
                return ((Found) self).groupdict(args.thread(), a[0] == null ? PyNone.NONE : a[0]);
            })
            .method("start", (self, args) -> PyInt.of(args.thread(), ((Found) self).span(args, "start")[0]))
            .method("end", (self, args) -> PyInt.of(args.thread(), ((Found) self).span(args, "end")[1]))
            .method("span", (self, args) -> {
                int[] span = ((Found) self).span(args, "span");
                return pair(args.thread(), span[0], span[1]);
            })
            .method("expand", (self, args) -> {
                PyObject template = args.bind("expand", 1, "template")[0];
                Found m = (Found) self;
                return m.regex.template(template).expand(args.thread(), m);
            })
            .getter("lastindex", (ts, self) -> {
                int last = ((Found) self).lastindex();
                return last < 0 ? PyNone.NONE : PyInt.of(ts, last);
            })
            .getter("lastgroup", (ts, self) -> {
                int last = ((Found) self).lastindex();
                for (Map.Entry<String, Integer> e : ((Found) self).regex.compiled.names().entrySet()) {
                    if (e.getValue() == last) {
                        return new PyStr(ts, e.getKey());
                    }
                }
                return PyNone.NONE;
            })
            .getter("regs", (ts, self) -> ((Found) self).regs(ts))
            .getter("re", (ts, self) -> ts.newRef(((Found) self).regex))
            .getter("string", (ts, self) -> ts.newRef(((Found) self).subject))
            .getter("pos", (ts, self) -> PyInt.of(ts, ((Found) self).pos))
            .getter("endpos", (ts, self) -> PyInt.of(ts, ((Found) self).endpos))
            .build();

    /** __copy__ and __deepcopy__(memo) of the immutable Pattern and Match: the object itself. */
    private static PyObject sameObject(PyObject self, Args args, String method, int arguments) {
        args.expectPositional(method, arguments, arguments);
        return args.thread().newRef(self);
    }

    /** Bytes as Java text, one char per byte; null for null. */
    private static String latin1(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A (start, end) tuple. */
    private static PyTuple pair(ThreadState ts, int start, int end) {
        return new PyTuple(ts, new PyObject[] {PyInt.of(ts, start), PyInt.of(ts, end)});
    }

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_sre", true)
                .add("error", ERROR)
                .add("Pattern", PATTERN)
                .add("Match", MATCH)
                // the module's functions are defs in CPython's re, so wrong calls read as a Python function's
                .function("compile", args -> {
                    PyObject[] a = args.bindAsPython("compile", 1, "pattern", "flags");
                    return compile(args.thread(), a[0], a[1]);
                })
                .function("escape", args -> escape(args.thread(), args.bindAsPython("escape", 1, "pattern")[0]))
                .function("purge", args -> {
                    args.bindAsPython("purge", 0);
                    CACHE.clear();
                    return PyNone.NONE;
                });
        for (String name : List.of("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")) {
            m.function(name, args -> viaPattern(args, name));
        }
        Object[] flags = {"TEMPLATE", ReSyntax.TEMPLATE, "T", ReSyntax.TEMPLATE, "IGNORECASE", ReSyntax.IGNORECASE,
            "I", ReSyntax.IGNORECASE, "LOCALE", ReSyntax.LOCALE, "L", ReSyntax.LOCALE, "MULTILINE", ReSyntax.MULTILINE,
            "M", ReSyntax.MULTILINE, "DOTALL", ReSyntax.DOTALL, "S", ReSyntax.DOTALL, "UNICODE", ReSyntax.UNICODE,
            "U", ReSyntax.UNICODE, "VERBOSE", ReSyntax.VERBOSE, "X", ReSyntax.VERBOSE, "DEBUG", ReSyntax.DEBUG,
            "ASCII", ReSyntax.ASCII, "A", ReSyntax.ASCII, "NOFLAG", 0};
        for (int i = 0; i < flags.length; i += 2) {
            m.add((String) flags[i], PyInt.constant((Integer) flags[i + 1]));
        }
        return m;
    }

    /**
     * re.match(pattern, string, flags=0) and the others, bound as the Python functions they are in CPython: the
     * pattern compiled (or taken as it is), then its method with the arguments between pattern and flags.
     */
    private static PyObject viaPattern(Args args, String name) {
        ThreadState ts = args.thread();
        PyObject[] a = switch (name) {
            case "sub", "subn" -> args.bindAsPython(name, 3, "pattern", "repl", "string", "count", "flags");
            case "split" -> args.bindAsPython(name, 2, "pattern", "string", "maxsplit", "flags");
            default -> args.bindAsPython(name, 2, "pattern", "string", "flags");
        };
        PyObject regex = compile(ts, a[0], a[a.length - 1]);
        try {
            // only the last of them (count, maxsplit) may be absent
            PyObject[] values = Arrays.stream(a, 1, a.length - 1).filter(Objects::nonNull).toArray(PyObject[]::new);
            Args rest = Args.of(ts, values);
            Regex r = (Regex) regex;
            return switch (name) {
                case "match" -> r.run(rest, name, Mode.MATCH);
                case "fullmatch" -> r.run(rest, name, Mode.FULL);
                case "search" -> r.run(rest, name, Mode.SEARCH);
                case "findall" -> r.findall(rest);
                case "finditer" -> r.finditer(rest);
                case "sub" -> r.sub(rest, name, false);
                case "subn" -> r.sub(rest, name, true);
                default -> r.split(rest);
            };
        } finally {
            ts.decref(regex);
        }
    }

    static PyObject compile(ThreadState ts, PyObject pattern, PyObject flagsArg) {
        if (pattern instanceof Regex r) {
            if (flagsArg != null && Ops.truthy(ts, flagsArg)) {
                throw PyErrors.valueError("cannot process flags argument with a compiled pattern");
            }
            return ts.newRef(r);
        }
        int flags = pattern instanceof PyStr || pattern instanceof PyBytes ? flags(flagsArg) : 0;
        boolean bytes;
        String text;
        if (pattern instanceof PyStr s) {
            bytes = false;
            text = s.value;
        } else if (pattern instanceof PyBytes b) {
            bytes = true;
            text = new String(b.value(), StandardCharsets.ISO_8859_1);
        } else {
            throw PyErrors.typeError("first argument must be string or compiled pattern");
        }
        String key = (bytes ? "b" : "s") + flags + ":" + text;
        ReSyntax.Compiled compiled = CACHE.get(key);
        if (compiled == null) {
            try {
                compiled = ReSyntax.compile(text, flags, bytes, message -> PyErrors.warn(ts, PyErrors.FUTURE_WARNING, message));
            } catch (ReSyntax.Error e) {
                throw error(ts, e.getMessage(), pattern, text, e.pos);
            }
            if (CACHE.size() > 512) {
                CACHE.clear();
            }
            CACHE.put(key, compiled);
        }
        return new Regex(ts, pattern, compiled, bytes);
    }

    /** The flags argument as an int; re's _compile tests it with flags & T, whose TypeError is the one for anything else. */
    private static int flags(PyObject flags) {
        if (flags == null) {
            return 0;
        }
        PyInt value = Numbers.asInt(flags);
        if (value == null) {
            throw PyErrors.typeError("unsupported operand type(s) for &: '" + flags.type().name() + "' and 'RegexFlag'");
        }
        return (int) value.value;
    }

    /**
     * re.error.__init__(msg, pattern=None, pos=None), a Python method in CPython (Lib/re/_constants.py): keeps
     * the three and the line and column of pos; the message reads "msg at position pos" when both are given,
     * with "(line l, column c)" after it when the pattern has several lines.
     */
    private static PyObject initError(PyObject self, Args args) {
        PyObject[] a = args.bindAsPython("error.__init__", 1, "msg", "pattern", "pos");
        ThreadState ts = args.thread();
        PyObject msg = a[0];
        PyObject pattern = a[1] == null ? PyNone.NONE : a[1];
        PyObject pos = a[2] == null ? PyNone.NONE : a[2];
        self.setAttr(ts, "msg", msg);
        self.setAttr(ts, "pattern", pattern);
        self.setAttr(ts, "pos", pos);
        PyObject lineno = PyNone.NONE;
        PyObject colno = PyNone.NONE;
        PyObject message = ts.newRef(msg);
        try {
            String text = pattern instanceof PyStr str ? str.value : pattern instanceof PyBytes b
                    ? new String(b.value(), StandardCharsets.ISO_8859_1) : null;
            if (pattern != PyNone.NONE && pos != PyNone.NONE) {
                long at = Convert.toLong(pos, "%d format");
                String full = Ops.str(ts, msg) + " at position " + at;
                if (text != null) {
                    int end = text.offsetByCodePoints(0, (int) Math.max(0, Math.min(at, text.codePointCount(0, text.length()))));
                    int line = (int) text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
                    int column = (int) (at - text.codePointCount(0, text.lastIndexOf('\n', end - 1) + 1)) + 1;
                    lineno = PyInt.of(ts, line);
                    colno = PyInt.of(ts, column);
                    if (text.indexOf('\n') >= 0) {
                        full += " (line " + line + ", column " + column + ")";
                    }
                }
                ts.decref(message);
                message = new PyStr(ts, full);
            }
            self.setAttr(ts, "lineno", lineno);
            self.setAttr(ts, "colno", colno);
            return ts.call(PyErrors.BASE_EXCEPTION.lookup("__init__"), self, message);
        } finally {
            ts.decref(message);
            ts.decref(lineno);
            ts.decref(colno);
        }
    }

    /**
     * re.error(message, pattern, pos) for an error at UTF-16 index {@code index} of {@code text}, the Java text of
     * {@code pattern} (a str, bytes or a replacement template), or without a position when index is negative. As
     * _parser's, a bytes pattern's message shows non-ASCII characters as escapes.
     */
    static PythonException error(ThreadState ts, String message, PyObject pattern, String text, int index) {
        boolean bytes = pattern instanceof PyBytes;
        PyObject msg = new PyStr(ts, bytes ? asciiEscaped(message) : message);
        PyObject pos = index < 0 ? null : PyInt.of(ts, text.codePointCount(0, index));
        try {
            PyObject e = pos == null ? ts.call(ERROR, msg) : ts.call(ERROR, msg, pattern, pos);
            return new PythonException((PyException) e);
        } finally {
            ts.decref(msg);
            ts.xdecref(pos);
        }
    }

    /** s.encode('ascii', 'backslashreplace').decode() for latin-1 text. */
    private static String asciiEscaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 128 ? String.valueOf((char) c) : String.format("\\x%02x", c)));
        return b.toString();
    }

    /** re.escape: a str, or any bytes-like object read as str(pattern, 'latin1') (whose TypeError it shares) and given back as bytes. */
    private static PyObject escape(ThreadState ts, PyObject o) {
        boolean bytes = !(o instanceof PyStr);
        String s = bytes ? latin1(PyBytes.buffer(o)) : ((PyStr) o).value;
        if (s == null) {
            throw PyErrors.typeError("decoding to str: need a bytes-like object, " + o.type().name() + " found");
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return bytes ? new PyBytes(ts, b.toString().getBytes(StandardCharsets.ISO_8859_1), false) : new PyStr(ts, b.toString());
    }

    private enum Mode { MATCH, FULL, SEARCH }

    /** The string searched: Java's text of it, and the map between code point and UTF-16 positions. */
    static final class Text {
        final String value;
        final boolean bytes;
        /** UTF-16 index of each code point index (with the length at the end), or null when they are the same. */
        private final int[] javaIndex;

        Text(String value, boolean bytes) {
            this.value = value;
            this.bytes = bytes;
            if (value.codePointCount(0, value.length()) == value.length()) {
                javaIndex = null;
            } else {
                int n = value.codePointCount(0, value.length());
                javaIndex = new int[n + 1];
                for (int k = 0, j = 0; k < n; k++) {
                    javaIndex[k] = j;
                    j += Character.charCount(value.codePointAt(j));
                }
                javaIndex[n] = value.length();
            }
        }

        int length() {
            return javaIndex == null ? value.length() : javaIndex.length - 1;
        }

        int toJava(int index) {
            return javaIndex == null ? index : javaIndex[index];
        }

        int toPython(int index) {
            return javaIndex == null || index < 0 ? index : value.codePointCount(0, index);
        }

        PyObject slice(ThreadState ts, int start, int end) {
            String s = value.substring(start, end);
            return bytes ? new PyBytes(ts, s.getBytes(StandardCharsets.ISO_8859_1), false) : new PyStr(ts, s);
        }

        PyObject wrap(ThreadState ts, String s) {
            return bytes ? new PyBytes(ts, s.getBytes(StandardCharsets.ISO_8859_1), false) : new PyStr(ts, s);
        }
    }

    /** A compiled pattern (re.Pattern). */
    static final class Regex extends SubclassableObject {
        final PyObject source;
        final ReSyntax.Compiled compiled;
        final boolean bytes;

        Regex(ThreadState ts, PyObject source, ReSyntax.Compiled compiled, boolean bytes) {
            super(ts, PATTERN);
            this.source = ts.newRef(source);
            this.compiled = compiled;
            this.bytes = bytes;
        }

        /** pattern_richcompare: equal when compiled from equal patterns of one type with the same flags (so the same code). */
        @Override
        protected boolean builtinEquals(Object o) {
            return o instanceof Regex other && bytes == other.bytes && compiled.flags() == other.compiled.flags()
                    && sourceText().equals(other.sourceText());
        }

        @Override
        protected long builtinHash() {
            return Hashing.hash(source) ^ compiled.flags();
        }

        /** The pattern as Java text, a bytes one a char per byte. */
        private String sourceText() {
            return source instanceof PyStr s ? s.value : latin1(((PyBytes) source).value());
        }

        Text text(PyObject subject) {
            if (subject instanceof PyStr s) {
                if (bytes) {
                    throw PyErrors.typeError("cannot use a bytes pattern on a string-like object");
                }
                return new Text(s.value, false);
            }
            // any buffer: bytes, bytearray, memoryview, mmap (getstring's PyObject_GetBuffer)
            String buffer = latin1(PyBytes.buffer(subject));
            if (buffer != null) {
                if (!bytes) {
                    throw PyErrors.typeError("cannot use a string pattern on a bytes-like object");
                }
                return new Text(buffer, true);
            }
            throw PyErrors.typeError("expected string or bytes-like object, got '" + subject.type().name() + "'");
        }

        /** A matcher over string[pos:endpos] (positions clamped as CPython clamps them); [0] the matcher, [1] the text. */
        private Object[] matcher(PyObject subject, PyObject posArg, PyObject endArg, String function) {
            Text text = text(subject);
            int n = text.length();
            long pos = posArg == null ? 0 : Convert.toLong(posArg, function);
            long end = endArg == null ? n : Convert.toLong(endArg, function);
            pos = Math.max(0, Math.min(pos, n));
            end = Math.max(0, Math.min(end, n));
            Matcher m = compiled.pattern().matcher(text.value.substring(0, text.toJava((int) end)));
            m.useTransparentBounds(true).useAnchoringBounds(false);
            m.region(Math.min(text.toJava((int) pos), text.toJava((int) end)), text.toJava((int) end));
            return new Object[] {m, text, (int) pos, (int) end};
        }

        PyObject run(Args args, String function, Mode mode) {
            PyObject[] a = args.bind(function, 1, "string", "pos", "endpos");
            Object[] found = matcher(a[0], a[1], a[2], function);
            Matcher m = (Matcher) found[0];
            boolean ok = switch (mode) {
                case MATCH -> m.lookingAt();
                case FULL -> m.matches();
                case SEARCH -> m.find();
            };
            if (!ok) {
                return PyNone.NONE;
            }
            return new Found(args.thread(), this, a[0], (Text) found[1], m, (int) found[2], (int) found[3]);
        }

        /** Every match of string[pos:endpos], in order, as sre's iterating functions find them (see {@link Scan}). */
        private List<Found> all(ThreadState ts, PyObject subject, PyObject pos, PyObject end, String function, int limit) {
            Scan scan = new Scan(this, matcher(subject, pos, end, function));
            List<Found> matches = new ArrayList<>();
            Found f;
            while ((limit <= 0 || matches.size() < limit) && (f = scan.next(ts, subject, false)) != null) {
                matches.add(f);
            }
            return matches;
        }

        PyObject findall(Args args) {
            PyObject[] a = args.bind("findall", 1, "string", "pos", "endpos");
            ThreadState ts = args.thread();
            PyList result = new PyList(ts);
            for (Found f : all(ts, a[0], a[1], a[2], "findall", 0)) {
                int groups = compiled.groups();
                PyObject item;
                if (groups == 0) {
                    item = f.groupValue(ts, 0, null);
                } else if (groups == 1) {
                    item = f.groupValue(ts, 1, null);
                } else {
                    PyObject[] values = new PyObject[groups];
                    for (int g = 1; g <= groups; g++) {
                        values[g - 1] = f.groupValue(ts, g, null);
                    }
                    item = new PyTuple(ts, values);
                }
                result.appendOwned(item);
                ts.decref(f);
            }
            return result;
        }

        /** finditer, as CPython's: iter(self.scanner(string, pos, endpos).search, None), finding each match when asked. */
        PyObject finditer(Args args) {
            PyObject[] a = args.bind("finditer", 1, "string", "pos", "endpos");
            ThreadState ts = args.thread();
            PyObject scanner = new Scanner(ts, this, a[0], matcher(a[0], a[1], a[2], "finditer"));
            PyObject search = scanner.getAttr(ts, "search");
            try {
                return PyIterator.callable(ts, search, PyNone.NONE);
            } finally {
                ts.decref(search);
                ts.decref(scanner);
            }
        }

        PyObject scanner(Args args) {
            PyObject[] a = args.bind("scanner", 1, "string", "pos", "endpos");
            return new Scanner(args.thread(), this, a[0], matcher(a[0], a[1], a[2], "scanner"));
        }

        PyObject sub(Args args, String function, boolean withCount) {
            PyObject[] a = args.bind(function, 2, "repl", "string", "count");
            ThreadState ts = args.thread();
            long count = a[2] == null ? 0 : Convert.toLong(a[2], function);
            Text text = text(a[1]);
            PyObject repl = a[0];
            // as pattern_subx: a function's results, or a str or bytes without a backslash as it is, go into the
            // list that is joined at the end; anything else is a template, expanded for each match
            boolean callable = Ops.isCallable(repl);
            String replText = callable ? null : repl instanceof PyStr r ? r.value : latin1(PyBytes.buffer(repl));
            boolean literal = replText != null && replText.indexOf('\\') < 0;
            Template template = callable || literal ? null : template(repl);
            StringBuilder out = new StringBuilder();
            int last = 0;
            int n = 0;
            int items = 0; // the pieces CPython would join so far, for its error message
            // a negative count replaces nothing, 0 everything
            List<Found> found = count < 0 ? List.of() : all(ts, a[1], null, null, function, (int) Math.min(count, Integer.MAX_VALUE));
            int next = 0;
            try {
                while (next < found.size()) {
                    Found f = found.get(next++);
                    try {
                        out.append(text.value, last, f.starts[0]);
                        items += f.starts[0] > last ? 1 : 0;
                        if (callable) {
                            PyObject piece = ts.call(repl, f);
                            try {
                                if (piece != PyNone.NONE) { // None adds nothing
                                    out.append(pieceText(piece, text.bytes, items++));
                                }
                            } finally {
                                ts.decref(piece);
                            }
                        } else if (literal) {
                            out.append(pieceText(repl, text.bytes, items++));
                        } else {
                            template.appendTo(out, f);
                            items++;
                        }
                        last = f.ends[0];
                        n++;
                    } finally {
                        ts.decref(f);
                    }
                }
            } finally {
                // A replacement function that raises leaves the matches after it unvisited.
                while (next < found.size()) {
                    ts.decref(found.get(next++));
                }
            }
            out.append(text.value, last, text.value.length());
            // as joining the pieces gives: an exact str or bytes unchanged comes back itself, a subclass's or a
            // buffer's text as a new str or bytes
            boolean exact = a[1].type() == Types.STR || a[1].type() == Types.BYTES;
            PyObject result = n == 0 && exact ? ts.newRef(a[1]) : text.wrap(ts, out.toString());
            return withCount ? new PyTuple(ts, new PyObject[] {result, PyInt.of(ts, n)}) : result;
        }

        /** A piece of sub's result as str.join or bytes.join takes item {@code item}, or their TypeError. */
        private static String pieceText(PyObject piece, boolean bytes, int item) {
            if (!bytes && piece instanceof PyStr s) {
                return s.value;
            }
            byte[] buffer = bytes ? PyBytes.buffer(piece) : null;
            if (buffer != null) {
                return new String(buffer, StandardCharsets.ISO_8859_1);
            }
            throw joinError(bytes, piece.type().name(), item);
        }

        /** The TypeError of joining a str or bytes result whose item {@code item} is of type {@code found}. */
        static PythonException joinError(boolean bytes, String found, int item) {
            return PyErrors.typeError("sequence item " + item + ": expected " + (bytes ? "a bytes-like object" : "str instance")
                    + ", " + found + " found");
        }

        PyObject split(Args args) {
            PyObject[] a = args.bind("split", 1, "string", "maxsplit");
            ThreadState ts = args.thread();
            int limit = a[1] == null ? 0 : (int) Convert.toLong(a[1], "split");
            Text text = text(a[0]);
            PyList result = new PyList(ts);
            if (limit < 0) {
                result.append(ts, a[0]);
                return result;
            }
            int last = 0;
            for (Found f : all(ts, a[0], null, null, "split", limit)) {
                result.appendOwned(text.slice(ts, last, f.starts[0]));
                for (int g = 1; g <= compiled.groups(); g++) {
                    result.appendOwned(f.groupValue(ts, g, PyNone.NONE));
                }
                last = f.ends[0];
                ts.decref(f);
            }
            result.appendOwned(text.slice(ts, last, text.value.length()));
            return result;
        }

        /** A replacement template, str or bytes-like whatever the pattern (a mismatch fails when expanded, as in 3.11). */
        Template template(PyObject repl) {
            if (repl instanceof PyStr p) {
                return new Template(this, repl, p.value, false);
            }
            String text = latin1(PyBytes.buffer(repl));
            if (text == null) {
                throw PyErrors.typeError("decoding to str: need a bytes-like object, " + repl.type().name() + " found");
            }
            Ops.hash(ThreadState.current(), repl); // re._compile_template's lru_cache refuses a bytearray
            return new Template(this, repl, text, true);
        }

        @Override
        protected String builtinRepr() {
            StringBuilder flags = new StringBuilder();
            String[] names = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
            int f = compiled.flags() & ~(bytes ? 0 : ReSyntax.UNICODE);
            for (int bit = 0; bit < names.length; bit++) {
                if ((f & (1 << bit)) != 0) {
                    flags.append(flags.length() == 0 ? "" : "|").append("re.").append(names[bit]);
                }
            }
            String src = source.repr();
            if (src.length() > 200) {
                src = src.substring(0, 200);
            }
            return "re.compile(" + src + (flags.length() == 0 ? "" : ", " + flags) + ")";
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(source);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(source);
            super.traverse(visit);
        }
    }

    /**
     * sre's state for successive searches (or anchored matches) over string[pos:endpos]: each starts where
     * the last match ended, and after an empty match one there must be longer (must_advance), else the
     * search goes on a character later; Java's find() would skip to the next character at once. After a
     * failure there is nothing more.
     */
    static final class Scan {
        private final Regex regex;
        private final Matcher m;
        private final Text text;
        private final int pos;
        private final int endpos;
        private final int regionEnd;
        /** The pattern refused an empty match, for a search right after an empty match; made when first needed. */
        private Matcher longer;
        private int from;
        private boolean mustAdvance;
        private boolean done;

        /** From what {@link Regex#matcher} gives: the matcher, the text, pos and endpos. */
        Scan(Regex regex, Object[] matcher) {
            this.regex = regex;
            this.m = (Matcher) matcher[0];
            this.text = (Text) matcher[1];
            this.pos = (int) matcher[2];
            this.endpos = (int) matcher[3];
            this.regionEnd = m.regionEnd();
            this.from = m.regionStart();
        }

        /** The next match of {@code subject} (the string the text is of): one starting here when anchored; null after the last. */
        Found next(ThreadState ts, PyObject subject, boolean anchored) {
            if (done) {
                return null;
            }
            Matcher hit = m;
            boolean found;
            if (mustAdvance) {
                if (longer == null) {
                    longer = regex.compiled.nonEmpty().matcher(text.value.substring(0, regionEnd));
                    longer.useTransparentBounds(true).useAnchoringBounds(false);
                }
                found = longer.region(from, regionEnd).lookingAt();
                if (found) {
                    hit = longer;
                } else if (!anchored && from < regionEnd) {
                    found = m.region(from + Character.charCount(text.value.codePointAt(from)), regionEnd).find();
                }
            } else {
                m.region(from, regionEnd);
                found = anchored ? m.lookingAt() : m.find();
            }
            if (!found) {
                done = true;
                return null;
            }
            mustAdvance = hit.end() == hit.start();
            from = hit.end();
            return new Found(ts, regex, subject, text, hit, pos, endpos);
        }
    }

    /** What a pattern made from a subject string (a scanner, a match): it holds both, as CPython's objects do. */
    abstract static class OnSubject extends SubclassableObject {
        final Regex regex;
        final PyObject subject;

        OnSubject(ThreadState ts, PyType type, Regex regex, PyObject subject) {
            super(ts, type);
            this.regex = (Regex) ts.newRef(regex);
            this.subject = ts.newRef(subject);
        }

        @Override
        protected void release(ThreadState ts) {
            ts.decref(regex);
            ts.decref(subject);
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            visit.accept(regex);
            visit.accept(subject);
            super.traverse(visit);
        }
    }

    /** pattern.scanner(string, pos, endpos) (_sre's SRE_Scanner): its match() and search() go on where the last stopped. */
    static final class Scanner extends OnSubject {
        private final Scan scan;

        Scanner(ThreadState ts, Regex regex, PyObject subject, Object[] matcher) {
            super(ts, SCANNER, regex, subject);
            this.scan = new Scan(regex, matcher);
        }

        PyObject next(Args args, String method, boolean anchored) {
            args.expectPositional(method, 0, 0);
            Found f = scan.next(args.thread(), subject, anchored);
            return f == null ? PyNone.NONE : f;
        }
    }

    /** A replacement template: literal pieces and group references (\1, \g<1>, \g<name>). */
    static final class Template {
        /** Literal strings and Integer group numbers, in order. */
        private final List<Object> pieces = new ArrayList<>();
        /** Whether the literal pieces are bytes (the template was bytes-like). */
        private final boolean bytes;

        Template(Regex regex, PyObject repl, String s, boolean bytes) {
            this.bytes = bytes;
            StringBuilder literal = new StringBuilder();
            ThreadState ts = ThreadState.current();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c != '\\') {
                    literal.append(c);
                    continue;
                }
                int at = i;
                if (++i >= s.length()) {
                    throw error(ts, "bad escape (end of pattern)", repl, s, at);
                }
                c = s.charAt(i);
                int group = -1;
                if (c == 'g') {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '<') {
                        throw error(ts, "missing <", repl, s, i + 1);
                    }
                    int close = s.indexOf('>', i + 2);
                    if (close < 0 || close == i + 2) {
                        boolean empty = close == i + 2 || i + 2 == s.length();
                        throw error(ts, empty ? "missing group name" : "missing >, unterminated name", repl, s, i + 2);
                    }
                    String name = s.substring(i + 2, close);
                    if (ReSyntax.isIdentifier(name)) {
                        Integer g = regex.compiled.names().get(name);
                        if (g == null) {
                            throw PyErrors.indexError("unknown group name '" + name + "'");
                        }
                        group = g;
                    } else {
                        long number = ReSyntax.groupNumber(name);
                        if (number < 0) {
                            throw error(ts, "bad character in group name '" + name + "'", repl, s, i + 2);
                        }
                        if (number > regex.compiled.groups()) {
                            throw error(ts, "invalid group reference " + number, repl, s, i + 2);
                        }
                        group = (int) number;
                    }
                    i = close;
                } else if (c == '0') {
                    int j = i + 1;
                    while (j < s.length() && j < i + 3 && ReSyntax.isOctal(s.charAt(j))) {
                        j++;
                    }
                    literal.append((char) Integer.parseInt(s.substring(i, j), 8));
                    i = j - 1;
                    continue;
                } else if (c >= '1' && c <= '9') {
                    int j = i + 1;
                    if (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                        j++;
                        // three octal digits are a character, not a group (parse_template's isoctal)
                        if (ReSyntax.isOctal(c) && ReSyntax.isOctal(s.charAt(j - 1)) && j < s.length() && ReSyntax.isOctal(s.charAt(j))) {
                            int value = Integer.parseInt(s.substring(i, j + 1), 8);
                            if (value > 0377) {
                                throw error(ts, "octal escape value \\" + s.substring(i, j + 1) + " outside of range 0-0o377",
                                        repl, s, at);
                            }
                            literal.append((char) value);
                            i = j;
                            continue;
                        }
                    }
                    group = Integer.parseInt(s.substring(i, j));
                    if (group > regex.compiled.groups()) {
                        throw error(ts, "invalid group reference " + group, repl, s, i);
                    }
                    i = j - 1;
                } else {
                    String simple = switch (c) {
                        case 'n' -> "\n";
                        case 't' -> "\t";
                        case 'r' -> "\r";
                        case 'f' -> "\f";
                        case 'v' -> "\u000b";
                        case 'a' -> "\u0007";
                        case 'b' -> "\b";
                        case '\\' -> "\\";
                        default -> null;
                    };
                    if (simple == null && c < 128 && Character.isLetter(c)) {
                        throw error(ts, "bad escape \\" + c, repl, s, at);
                    }
                    literal.append(simple != null ? simple : "\\" + c);
                    continue;
                }
                if (literal.length() > 0) {
                    pieces.add(literal.toString());
                    literal.setLength(0);
                }
                pieces.add(group);
            }
            if (literal.length() > 0) {
                pieces.add(literal.toString());
            }
        }

        void appendTo(StringBuilder out, Found m) {
            int item = 0; // of the pieces expand_template joins, a group that took no part being an empty one
            for (Object piece : pieces) {
                if (piece instanceof String s) {
                    if (bytes != m.text.bytes) {
                        throw Regex.joinError(m.text.bytes, bytes ? "bytes" : "str", item);
                    }
                    out.append(s);
                    item++;
                } else {
                    int g = (Integer) piece;
                    if (m.starts[g] >= 0) {
                        out.append(m.text.value, m.starts[g], m.ends[g]);
                    }
                    item++;
                }
            }
        }

        PyObject expand(ThreadState ts, Found m) {
            StringBuilder out = new StringBuilder();
            appendTo(out, m);
            return m.text.wrap(ts, out.toString());
        }
    }

    /** A match (re.Match): the spans of its groups in UTF-16 units, -1 for a group that did not take part. */
    static final class Found extends OnSubject {
        final Text text;
        final int[] starts;
        final int[] ends;
        final int pos;
        final int endpos;

        Found(ThreadState ts, Regex regex, PyObject subject, Text text, Matcher m, int pos, int endpos) {
            super(ts, MATCH, regex, subject);
            this.text = text;
            int groups = regex.compiled.groups();
            starts = new int[groups + 1];
            ends = new int[groups + 1];
            for (int g = 0; g <= groups; g++) {
                starts[g] = m.start(regex.compiled.javaGroup(g));
                ends[g] = m.end(regex.compiled.javaGroup(g));
            }
            this.pos = pos;
            this.endpos = endpos;
        }

        /** A group by number (any int) or name; anything else is looked up as a name, so must be hashable. */
        int index(PyObject group) {
            PyInt number = Numbers.asInt(group);
            if (number != null) {
                if (number.big == null && number.value >= 0 && number.value < starts.length) {
                    return (int) number.value;
                }
            } else if (group instanceof PyStr name) {
                Integer g = regex.compiled.names().get(name.value);
                if (g != null) {
                    return g;
                }
            } else {
                Ops.hash(ThreadState.current(), group); // m[1:]: unhashable type: 'slice', as the groupindex lookup says
            }
            throw PyErrors.indexError("no such group");
        }

        PyObject groupValue(ThreadState ts, int g, PyObject dflt) {
            if (starts[g] < 0) {
                // null: the empty string findall gives for a group that took no part
                return dflt == null ? text.wrap(ts, "") : ts.newRef(dflt);
            }
            return text.slice(ts, starts[g], ends[g]);
        }

        PyObject group(Args args) {
            args.noKeywords("Match.group");
            ThreadState ts = args.thread();
            if (args.size() <= 1) {
                return groupValue(ts, args.size() == 0 ? 0 : index(args.get(0)), PyNone.NONE);
            }
            PyObject[] values = new PyObject[args.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = groupValue(ts, index(args.get(k)), PyNone.NONE);
            }
            return new PyTuple(ts, values);
        }

        PyObject groups(ThreadState ts, PyObject dflt) {
            PyObject[] values = new PyObject[starts.length - 1];
            for (int g = 1; g < starts.length; g++) {
                values[g - 1] = groupValue(ts, g, dflt);
            }
            return new PyTuple(ts, values);
        }

        PyObject groupdict(ThreadState ts, PyObject dflt) {
            PyDict d = new PyDict(ts);
            for (Map.Entry<String, Integer> e : regex.compiled.names().entrySet()) {
                PyObject value = groupValue(ts, e.getValue(), dflt);
                d.put(ts, PyStr.constant(e.getKey()), value);
                ts.decref(value);
            }
            return d;
        }

        /** The (start, end) of the group the arguments name, in code points; (-1, -1) if it took no part. */
        int[] span(Args args, String function) {
            // Argument Clinic's group=0, / : _PyArg_CheckPositional's message
            args.noKeywords("Match." + function);
            if (args.size() > 1) {
                throw PyErrors.typeError(function + " expected at most 1 argument, got " + args.size());
            }
            int g = args.size() == 0 ? 0 : index(args.get(0));
            return new int[] {text.toPython(starts[g]), text.toPython(ends[g])};
        }

        /** Match.regs: the (start, end) of every group, the whole match first, in code points. */
        PyObject regs(ThreadState ts) {
            PyObject[] spans = new PyObject[starts.length];
            for (int g = 0; g < starts.length; g++) {
                spans[g] = pair(ts, text.toPython(starts[g]), text.toPython(ends[g]));
            }
            return new PyTuple(ts, spans);
        }

        /** The group that closed last (the outer one of groups ending together), or -1. */
        int lastindex() {
            int best = -1;
            for (int g = 1; g < starts.length; g++) {
                if (starts[g] >= 0 && (best < 0 || ends[g] > ends[best])) {
                    best = g;
                }
            }
            return best;
        }

        @Override
        protected String builtinRepr() {
            PyObject matched = text.slice(ThreadState.current(), starts[0], ends[0]);
            try {
                String shown = matched.repr(); // as match_repr's %.50R: the repr cut to 50 characters
                return "<re.Match object; span=(" + text.toPython(starts[0]) + ", " + text.toPython(ends[0]) + "), match="
                        + shown.substring(0, shown.offsetByCodePoints(0, Math.min(50, shown.codePointCount(0, shown.length())))) + ">";
            } finally {
                ThreadState.current().decref(matched);
            }
        }
    }
}
