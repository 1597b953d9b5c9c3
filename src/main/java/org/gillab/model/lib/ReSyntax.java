package org.gillab.model.lib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gillab.model.object.PyErrors;

/**
 * A Python regular expression turned into a java.util.regex one (the parsing half of CPython's
 * Lib/re/_parser.py): checks the syntax with CPython's re.error messages and positions, numbers the
 * groups and keeps their names, and rewrites what Java spells differently: named groups and their
 * references become numbered ones, \Z is Java's \z, a { that is no repeat and a [ or && in a set
 * are literals, verbose mode's whitespace and comments are dropped (but not inside sets, as Java's
 * COMMENTS flag would), octal, hex and named character escapes become Java's hex escapes.
 *
 * Java has no conditional group (?(g)yes|no): group g gets an empty Java group at its end, which has
 * matched exactly when g has, and the condition becomes (?:\e yes|(?!\e)no) on a backreference \e
 * to it; those extra groups make Java's group numbers differ from Python's, so {@link Compiled}
 * maps them. Widths are kept as _parser's getwidth keeps them, for 3.11's refusal of a look-behind
 * whose width varies (which Java would accept).
 *
 * Deliberate differences: the L flag is refused; Unicode classes (\w, \d, \s, case folding) are
 * Java's UNICODE_CHARACTER_CLASS ones; a condition on a group opened after it, in a pattern of ten
 * groups or more, may read as a backreference followed by a digit.
 */
final class ReSyntax {
    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;
    /** The flags that say which characters \w and its kind mean, of which one at most may be on. */
    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    private static final String FLAG_LETTERS = "aiLmsux";
    /** _sre's MAXGROUPS on 64-bit builds: a larger group number is refused at once. */
    static final long MAXGROUPS = 0x3FFF_FFFFL;

    /** A syntax error: re.error(message) at position pos of the pattern. */
    static final class Error extends RuntimeException {
        final int pos;

        Error(String message, int pos) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    /**
     * The result: the Java pattern, the Python flags (with inline ones), the group count and names, and
     * the Java group of each Python group (index 0 the whole match). {@code nonEmpty} is the pattern
     * refused an empty match where its matching begins (\G, a matcher's region start): what sre's
     * must_advance asks after an empty match, whose next match may begin at the same place if longer.
     */
    record Compiled(Pattern pattern, Pattern nonEmpty, int flags, int groups, Map<String, Integer> names, int[] javaGroups) {
        int javaGroup(int group) {
            return javaGroups[group];
        }
    }

    /** The (min, max) width of a subpattern as it is read, as _parser's SubPattern.getwidth counts it. */
    private static final class Width {
        /** The max of a repeat without bound (CPython's MAXWIDTH): any sum or product with it stays it. */
        static final long UNBOUNDED = 1L << 40;
        /** Over the alternatives before the one being read (min Long.MAX_VALUE when there are none). */
        private long doneMin = Long.MAX_VALUE;
        private long doneMax;
        /** The alternative being read, and its last item, which a repeat multiplies. */
        private long min;
        private long max;
        private long lastMin;
        private long lastMax;

        void add(long lo, long hi) {
            min = Math.min(min + lo, UNBOUNDED);
            max = Math.min(max + hi, UNBOUNDED);
            lastMin = lo;
            lastMax = hi;
        }

        /** The last item repeated {lo,hi} times (hi -1 without bound). */
        void repeat(long lo, long hi) {
            long itemMin = lastMin;
            long itemMax = lastMax;
            min -= itemMin;
            max -= itemMax;
            add(times(itemMin, lo), itemMax == 0 ? 0 : hi < 0 ? UNBOUNDED : times(itemMax, hi));
        }

        private static long times(long a, long b) {
            return b != 0 && a > UNBOUNDED / b ? UNBOUNDED : a * b;
        }

        /** At a |: the alternative read so far is done. */
        void alternative() {
            doneMin = Math.min(doneMin, min);
            doneMax = Math.max(doneMax, max);
            min = max = lastMin = lastMax = 0;
        }

        /** The width of the whole subpattern: the narrowest and the widest of its alternatives. */
        long[] total() {
            return new long[] {Math.min(doneMin, min), Math.max(doneMax, max)};
        }
    }

    /** A group being read: where its ( is, what it is, and the width of what it holds so far. */
    private static final class Open {
        final int at;
        final boolean verboseOutside;
        final boolean asciiOutside;
        /** Its group number when it captures, else 0. */
        final int group;
        /** A look-ahead or look-behind, whose own width is 0. */
        final boolean assertion;
        final boolean lookbehind;
        /** For a conditional (?(g)yes|no): the Java group that has matched when g has; else -1. */
        final int testedJavaGroup;
        /** For a conditional: whether its no branch has begun. */
        boolean noBranch;
        final Width width = new Width();

        Open(int at, boolean verboseOutside, boolean asciiOutside, int group, boolean assertion, boolean lookbehind,
                int testedJavaGroup) {
            this.at = at;
            this.verboseOutside = verboseOutside;
            this.asciiOutside = asciiOutside;
            this.group = group;
            this.assertion = assertion;
            this.lookbehind = lookbehind;
            this.testedJavaGroup = testedJavaGroup;
        }
    }

    private final String source;
    private final boolean bytes;
    private int flags;
    private int i;
    private final StringBuilder out = new StringBuilder();
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    /** The Java group of each Python group (index 0 the whole match); Java's count so far. */
    private final List<Integer> javaGroups = new ArrayList<>(List.of(0));
    private int javaGroupCount;
    /** The widths of the groups closed so far, which their backreferences have. */
    private final Map<Integer, long[]> groupWidths = new HashMap<>();
    /** Groups still open, the innermost first. */
    private final Deque<Open> open = new ArrayDeque<>();
    /** The width of the pattern outside all groups. */
    private final Width top = new Width();
    private boolean verbose;
    /** Whether \w and its kind are ASCII's here: the ASCII flag, or a scoped (?a:...) ((?u:...) ends it). */
    private boolean ascii;
    /** The group count where the outermost look-behind being read began, or -1 (_parser's lookbehindgroups). */
    private int lookbehindGroups = -1;
    /** Whether a look-behind's width varies: re.error once the whole pattern has parsed, as _compiler raises it. */
    private boolean lookbehindVaries;
    /** Conditions' group numbers at the position of the first, for 3.11's check that the groups exist. */
    private final Map<Integer, Integer> conditionRefs = new LinkedHashMap<>();
    /**
     * The groups conditions test, with the Java number of the group each gets in the previous reading
     * of the pattern (-1 when unknown); the groups tested this reading get theirs in testedJavaGroups.
     */
    private final Map<Integer, Integer> testedBefore;
    private final Map<Integer, Integer> testedJavaGroups = new HashMap<>();
    /** Whether a condition came before the group it tests had its Java group: read the pattern again. */
    private boolean conditionUnresolved;
    /** Where FutureWarnings go: nowhere when the pattern is read again. */
    private Consumer<String> warnings = message -> { };

    private ReSyntax(String source, int flags, boolean bytes, Map<Integer, Integer> testedBefore) {
        this.source = source;
        this.flags = flags;
        this.bytes = bytes;
        this.verbose = (flags & VERBOSE) != 0;
        this.ascii = (flags & ASCII) != 0;
        this.testedBefore = testedBefore;
    }

    /**
     * The pattern compiled; {@code warnings} gets the text of each FutureWarning _parser would give (a possible
     * nested set or set operation, which a later Python may read differently).
     */
    static Compiled compile(String source, int flags, boolean bytes, Consumer<String> warnings) {
        ReSyntax s = new ReSyntax(source, flags, bytes, Map.of());
        s.warnings = warnings;
        s.parse();
        checkTypeFlags(s.flags, bytes);
        // A condition on a group its Java group had not been given to: read again knowing the tested groups
        // (and a third time for the numbers of those defined after their condition). Each reading gives the same ones.
        while (s.conditionUnresolved) {
            Map<Integer, Integer> tested = new HashMap<>();
            for (int g : s.conditionRefs.keySet()) {
                tested.put(g, s.testedJavaGroups.getOrDefault(g, -1));
            }
            s = new ReSyntax(source, flags, bytes, tested); // warning nothing again
            s.parse();
        }
        if (s.lookbehindVaries) {
            throw new Error("look-behind requires fixed-width pattern", -1);
        }
        int f = s.flags;
        if (!bytes && (f & ASCII) == 0) {
            f |= UNICODE;
        }
        int javaFlags = Pattern.UNIX_LINES;
        if ((f & IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE | ((f & UNICODE) != 0 ? Pattern.UNICODE_CASE : 0);
        }
        if ((f & MULTILINE) != 0) {
            javaFlags |= Pattern.MULTILINE;
        }
        if ((f & DOTALL) != 0) {
            javaFlags |= Pattern.DOTALL;
        }
        if ((f & UNICODE) != 0) {
            javaFlags |= Pattern.UNICODE_CHARACTER_CLASS;
        }
        try {
            int[] javaGroups = s.javaGroups.stream().mapToInt(Integer::intValue).toArray();
            String java = s.out.toString();
            return new Compiled(Pattern.compile(java, javaFlags), Pattern.compile("(?:" + java + ")(?!\\G)", javaFlags), f,
                    s.groups, s.names, javaGroups);
        } catch (PatternSyntaxException e) {
            throw new Error(e.getDescription(), Math.max(0, Math.min(e.getIndex(), source.length())));
        }
    }

    /** _parser's fix_flags, once the pattern (and its inline flags) are read: ValueError for flags that cannot go together. */
    private static void checkTypeFlags(int flags, boolean bytes) {
        String wrong = null;
        if (!bytes && (flags & LOCALE) != 0) {
            wrong = "cannot use LOCALE flag with a str pattern";
        } else if (!bytes && (flags & ASCII) != 0 && (flags & UNICODE) != 0) {
            wrong = "ASCII and UNICODE flags are incompatible";
        } else if (bytes && (flags & UNICODE) != 0) {
            wrong = "cannot use UNICODE flag with a bytes pattern";
        } else if (bytes && (flags & LOCALE) != 0 && (flags & ASCII) != 0) {
            wrong = "ASCII and LOCALE flags are incompatible";
        }
        if (wrong != null) {
            throw PyErrors.valueError(wrong);
        }
    }

    /** The code point index of UTF-16 index {@code index}, for positions in messages. */
    private int position(int index) {
        return source.codePointCount(0, index);
    }

    private boolean more() {
        return i < source.length();
    }

    private char peek() {
        return source.charAt(i);
    }

    /** The width of the innermost subpattern being read. */
    private Width width() {
        return open.isEmpty() ? top : open.peek().width;
    }

    private void parse() {
        // what the last item was: 0 nothing repeatable, 1 an item, 2 a repeat, 3 a repeat with its ? or +
        int last = 0;
        while (more()) {
            char c = peek();
            int at = i;
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
            if (verbose && (space || c == '#')) {
                i++;
                while (c == '#' && more() && peek() != '\n') { // a comment runs to the end of its line
                    i++;
                }
                // a ? or + makes a repeat lazy or possessive only right after it: after a space it is another repeat
                last = last == 2 ? 3 : last;
                continue;
            }
            switch (c) {
                case '(' -> last = group();
                case ')' -> {
                    if (open.isEmpty()) {
                        throw new Error("unbalanced parenthesis", at);
                    }
                    closeGroup();
                    i++;
                    last = 1;
                }
                case '|' -> {
                    alternative(at);
                    i++;
                    last = 0;
                }
                case '*', '+', '?', '{' -> {
                    long[] repeat = c == '{' ? braces() : null;
                    if (c == '{' && repeat == null) {
                        out.append("\\{");
                        i++;
                        width().add(1, 1);
                        last = 1;
                        continue;
                    }
                    if (last == 0) {
                        throw new Error("nothing to repeat", at);
                    }
                    if (last == 2 && (c == '?' || c == '+')) {
                        out.append(c);
                        i++;
                        last = 3;
                        continue;
                    }
                    if (last >= 2) {
                        throw new Error("multiple repeat", at);
                    }
                    if (repeat == null) {
                        out.append(c);
                        i++;
                        repeat = c == '*' ? new long[] {0, -1} : c == '+' ? new long[] {1, -1} : new long[] {0, 1};
                    }
                    width().repeat(repeat[0], repeat[1]);
                    last = 2;
                }
                case '[' -> {
                    set();
                    width().add(1, 1);
                    last = 1;
                }
                case '\\' -> last = escape() ? 1 : 0;
                case '.' -> {
                    out.append('.');
                    i++;
                    width().add(1, 1);
                    last = 1;
                }
                case '^', '$' -> {
                    out.append(c);
                    i++;
                    last = 0;
                }
                case ']', '}' -> {
                    out.append('\\').append(c);
                    i++;
                    width().add(1, 1);
                    last = 1;
                }
                default -> {
                    literal(source.codePointAt(i));
                    i += Character.charCount(source.codePointAt(i));
                    width().add(1, 1);
                    last = 1;
                }
            }
        }
        if (!open.isEmpty()) {
            throw new Error("missing ), unterminated subpattern", open.peek().at);
        }
        for (Map.Entry<Integer, Integer> ref : conditionRefs.entrySet()) {
            if (ref.getKey() > groups) {
                throw new Error("invalid group reference " + ref.getKey(), ref.getValue());
            }
        }
    }

    /** A | between alternatives; in a conditional, between its yes and no branches, of which there are two at most. */
    private void alternative(int at) {
        Open group = open.peek();
        if (group != null && group.testedJavaGroup >= 0) {
            if (group.noBranch) {
                throw new Error("conditional backref with more than two branches", at);
            }
            group.noBranch = true;
            out.append("|(?!\\").append(group.testedJavaGroup).append(')');
        } else {
            out.append('|');
        }
        width().alternative();
    }

    /** The ) of the innermost open group: its width becomes an item of the one around it. */
    private void closeGroup() {
        Open group = open.pop();
        verbose = group.verboseOutside;
        ascii = group.asciiOutside;
        if (group.testedJavaGroup >= 0 && !group.noBranch) {
            // no no branch: it matches the empty string (and its width counts as one)
            out.append("|(?!\\").append(group.testedJavaGroup).append(')');
            group.width.alternative();
        }
        if (group.group > 0 && testedBefore.containsKey(group.group)) {
            out.append("()");
            testedJavaGroups.put(group.group, ++javaGroupCount);
        }
        out.append(')');
        long[] w = group.width.total();
        if (group.group > 0) {
            groupWidths.put(group.group, w);
        }
        if (group.lookbehind) {
            lookbehindVaries |= w[0] != w[1];
            if (open.stream().noneMatch(g -> g.lookbehind)) {
                lookbehindGroups = -1;
            }
        }
        if (group.assertion) {
            width().add(0, 0);
        } else {
            width().add(w[0], w[1]);
        }
    }

    /** {m}, {m,}, {,n}, {m,n}: appended as Java's {m,n}; {min, max or -1}, or null when the brace is a literal. */
    private long[] braces() {
        int j = i + 1;
        int loStart = j;
        while (j < source.length() && isDigit(source.charAt(j))) {
            j++;
        }
        String lo = source.substring(loStart, j);
        String hi = lo;
        boolean comma = j < source.length() && source.charAt(j) == ',';
        if (comma) {
            int hiStart = ++j;
            while (j < source.length() && isDigit(source.charAt(j))) {
                j++;
            }
            hi = source.substring(hiStart, j);
        }
        if (j >= source.length() || source.charAt(j) != '}' || (lo.isEmpty() && !comma)) {
            return null;
        }
        long min = lo.isEmpty() ? 0 : repeatCount(lo);
        long max = hi.isEmpty() ? -1 : repeatCount(hi);
        if (max >= 0 && max < min) {
            throw new Error("min repeat greater than max repeat", loStart);
        }
        // Java's counts are ints: beyond them no string is long enough to tell the difference
        out.append('{').append(Math.min(min, Integer.MAX_VALUE)).append(',');
        if (max >= 0) {
            out.append(Math.min(max, Integer.MAX_VALUE));
        }
        out.append('}');
        i = j + 1;
        return new long[] {min, max};
    }

    /** A repeat's count; OverflowError from MAXREPEAT (2**32 - 1) on, as _parser's. */
    private static long repeatCount(String digits) {
        long count = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (count >= 0xFFFF_FFFFL) {
            throw PyErrors.raise(PyErrors.OVERFLOW_ERROR, "the repetition number is too large");
        }
        return count;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(int codePoint) {
        if (Character.isLetterOrDigit(codePoint) && codePoint < 128 || codePoint == ' ' || codePoint == '_') {
            out.appendCodePoint(codePoint);
        } else {
            appendHex(codePoint);
        }
    }

    private int group() {
        int at = i;
        i++;
        if (!more() || peek() != '?') {
            openCapture(at);
            return 0;
        }
        i++;
        if (!more()) {
            throw new Error("unexpected end of pattern", i);
        }
        char c = peek();
        switch (c) {
            case ':', '=', '!', '>' -> {
                i++;
                open.push(new Open(at, verbose, ascii, 0, c == '=' || c == '!', false, -1));
                out.append("(?").append(c);
                return 0;
            }
            case '#' -> {
                while (more() && peek() != ')') {
                    i++;
                }
                if (!more()) {
                    throw new Error("missing ), unterminated comment", at);
                }
                i++;
                return 0;
            }
            case '<' -> {
                i++;
                if (more() && (peek() == '=' || peek() == '!')) {
                    out.append("(?<").append(peek());
                    i++;
                    if (lookbehindGroups < 0) {
                        lookbehindGroups = groups;
                    }
                    open.push(new Open(at, verbose, ascii, 0, true, true, -1));
                    return 0;
                }
                throw new Error("unknown extension ?<" + (more() ? String.valueOf(peek()) : ""), at + 1);
            }
            case 'P' -> {
                i++;
                return named(at);
            }
            case '(' -> {
                i++;
                condition(at);
                return 0;
            }
            default -> {
                if (FLAG_LETTERS.indexOf(c) < 0 && c != '-') {
                    throw new Error("unknown extension ?" + c, at + 1);
                }
                return inlineFlags(at);
            }
        }
    }

    /** A capturing group's (, named or not. */
    private void openCapture(int at) {
        groups++;
        javaGroups.add(++javaGroupCount);
        open.push(new Open(at, verbose, ascii, groups, false, false, -1));
        out.append('(');
    }

    private int named(int at) {
        if (more() && peek() == '<') {
            i++;
            String name = name('>');
            if (names.containsKey(name)) {
                throw new Error("redefinition of group name '" + name + "' as group " + (groups + 1) + "; was group "
                        + names.get(name), i - name.length() - 1);
            }
            names.put(name, groups + 1);
            openCapture(at);
            return 0;
        }
        if (more() && peek() == '=') {
            i++;
            int nameAt = i;
            String name = name(')');
            Integer group = names.get(name);
            if (group == null) {
                throw new Error("unknown group name '" + name + "'", nameAt);
            }
            backreference(group, nameAt);
            return 1;
        }
        throw new Error("unknown extension ?P" + (more() ? String.valueOf(peek()) : ""), at + 1);
    }

    /**
     * (?(g)yes|no) after its "(?(": a group that matches yes when group g (a number or a name) has matched,
     * else no (or nothing). Its branches are read as a group's alternatives, which {@link #alternative} and
     * {@link #closeGroup} finish.
     */
    private void condition(int at) {
        int nameAt = i;
        String name = rawName(')', "group name");
        int group;
        if (isIdentifier(name)) {
            Integer named = names.get(name);
            if (named == null) {
                throw new Error("unknown group name '" + name + "'", nameAt);
            }
            group = named;
        } else {
            long number = groupNumber(name);
            if (number < 0) {
                throw new Error("bad character in group name '" + name + "'", nameAt);
            }
            if (number == 0) {
                throw new Error("bad group number", nameAt);
            }
            if (number >= MAXGROUPS) {
                throw new Error("invalid group reference " + number, nameAt);
            }
            group = (int) number;
        }
        // whether the group exists is known once the whole pattern is read, as _parser's grouprefpos checks it
        conditionRefs.putIfAbsent(group, nameAt);
        checkLookbehindReference(group);
        int tested = testedJavaGroups.getOrDefault(group, testedBefore.getOrDefault(group, -1));
        if (tested < 0) {
            conditionUnresolved = true;
            tested = 0;
        }
        open.push(new Open(at, verbose, ascii, 0, false, false, tested));
        out.append("(?:(?:\\").append(tested).append(')');
    }

    /** A name up to its end character, read as _parser's getuntil reads it: {@code what} names it in errors. */
    private String rawName(char end, String what) {
        int start = i;
        while (more() && peek() != end) {
            i++;
        }
        String name = source.substring(start, i);
        if (!more()) {
            throw name.isEmpty() ? new Error("missing " + what, i) : new Error("missing " + end + ", unterminated name", start);
        }
        i++;
        if (name.isEmpty()) {
            throw new Error("missing " + what, start);
        }
        return name;
    }

    /** A group's name that must be an identifier. */
    private String name(char end) {
        int start = i;
        String name = rawName(end, "group name");
        if (!isIdentifier(name)) {
            throw new Error("bad character in group name '" + name + "'", start);
        }
        return name;
    }

    /**
     * A group number as _parser reads one with int(): spaces around it, a sign, _ between digits and any
     * decimal digits are allowed; -1 where int() refuses it or it is negative, Long.MAX_VALUE when it is huge.
     */
    static long groupNumber(String text) {
        String digits = text.strip();
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) {
            return -1;
        }
        long value = 0;
        for (int k = 0; k < digits.length(); k++) {
            int digit = Character.digit(digits.charAt(k), 10);
            if (digit < 0 && digits.charAt(k) != '_') {
                return -1;
            }
            if (digit >= 0) {
                value = value > Long.MAX_VALUE / 20 ? Long.MAX_VALUE : value * 10 + digit;
            }
        }
        return negative && value != 0 ? -1 : value;
    }

    /** str.isidentifier, near enough: Java's identifier characters without its $. */
    static boolean isIdentifier(String name) {
        return Character.isJavaIdentifierStart(name.codePointAt(0)) && name.charAt(0) != '$'
                && name.codePoints().allMatch(cp -> Character.isJavaIdentifierPart(cp) && cp != '$');
    }

    private boolean isOpen(int group) {
        return open.stream().anyMatch(g -> g.group == group);
    }

    /** In a look-behind, a reference must be to a group closed before it began (_parser's checklookbehindgroup). */
    private void checkLookbehindReference(int group) {
        if (lookbehindGroups < 0) {
            return;
        }
        if (group > groups || isOpen(group)) {
            throw new Error("cannot refer to an open group", i);
        }
        if (group > lookbehindGroups) {
            throw new Error("cannot refer to group defined in the same lookbehind subpattern", i);
        }
    }

    /** A backreference to a group (closed, or re.error), as wide as what the group can match. */
    private void backreference(int group, int at) {
        if (isOpen(group)) {
            throw new Error("cannot refer to an open group", at);
        }
        checkLookbehindReference(group);
        out.append("(?:\\").append(javaGroups.get(group)).append(')');
        long[] w = groupWidths.get(group);
        width().add(w[0], w[1]);
    }

    /** (?aiLmsux) at the start, or (?aiLmsux-imsx:...) scoped, checked as _parser's _parse_flags checks them. */
    private int inlineFlags(int at) {
        int on = 0;
        char c = peek();
        if (c != '-') {
            while (true) {
                int flag = flag(c);
                if (c == 'L' && !bytes) {
                    throw new Error("bad inline flags: cannot use 'L' flag with a str pattern", i + 1);
                }
                if (c == 'u' && bytes) {
                    throw new Error("bad inline flags: cannot use 'u' flag with a bytes pattern", i + 1);
                }
                on |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (on & TYPE_FLAGS) != flag) {
                    throw new Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i + 1);
                }
                c = nextFlag("missing -, : or )");
                if (c == ')' || c == '-' || c == ':') {
                    break;
                }
                if (FLAG_LETTERS.indexOf(c) < 0) {
                    throw new Error(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", i);
                }
            }
        }
        if (c == ')') {
            i++;
            if (at != 0 && !allFlagGroupsBefore(at)) {
                throw new Error("global flags not at the start of the expression", at);
            }
            flags |= on;
            verbose = (flags & VERBOSE) != 0;
            ascii = (flags & ASCII) != 0;
            return 0;
        }
        int off = 0;
        if (c == '-') {
            c = nextFlag("missing flag");
            if (FLAG_LETTERS.indexOf(c) < 0) {
                throw new Error(Character.isLetter(c) ? "unknown flag" : "missing flag", i);
            }
            while (true) {
                int flag = flag(c);
                if ((flag & TYPE_FLAGS) != 0) {
                    throw new Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i + 1);
                }
                off |= flag;
                c = nextFlag("missing :");
                if (c == ':') {
                    break;
                }
                if (FLAG_LETTERS.indexOf(c) < 0) {
                    throw new Error(Character.isLetter(c) ? "unknown flag" : "missing :", i);
                }
            }
        }
        if ((on & off) != 0) {
            throw new Error("bad inline flags: flag turned on and off", i);
        }
        i++;
        open.push(new Open(at, verbose, ascii, 0, false, false, -1));
        if ((on & VERBOSE) != 0) {
            verbose = true;
        }
        if ((off & VERBOSE) != 0) {
            verbose = false;
        }
        if ((on & (ASCII | UNICODE)) != 0) {
            ascii = (on & ASCII) != 0;
        }
        out.append("(?").append(javaFlags(on));
        if (off != 0) {
            out.append('-').append(javaFlags(off));
        }
        out.append(':');
        return 0;
    }

    /** Steps past a flag letter to the character after it; re.error(missing) at the end of the pattern. */
    private char nextFlag(String missing) {
        i++;
        if (!more()) {
            throw new Error(missing, i);
        }
        return peek();
    }

    private boolean allFlagGroupsBefore(int at) {
        return source.substring(0, at).matches("(\\(\\?[aiLmsux]+\\))*");
    }

    private static int flag(char c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
    }

    private static String javaFlags(int f) {
        return ((f & IGNORECASE) != 0 ? "i" : "") + ((f & MULTILINE) != 0 ? "m" : "") + ((f & DOTALL) != 0 ? "s" : "");
    }

    /** A set [...]: its items, each literal written so Java cannot read it as syntax. */
    private void set() {
        int at = i;
        i++;
        out.append('[');
        if (more() && peek() == '[') {
            warnings.accept("Possible nested set at position " + position(i));
        }
        if (more() && peek() == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (!more()) {
                throw new Error("unterminated character set", at);
            }
            char c = peek();
            if (c == ']' && !first) {
                i++;
                out.append(']');
                return;
            }
            if (!first && "-&~|".indexOf(c) >= 0 && i + 1 < source.length() && source.charAt(i + 1) == c) {
                String operation = switch (c) {
                    case '-' -> "difference";
                    case '&' -> "intersection";
                    case '~' -> "symmetric difference";
                    default -> "union";
                };
                warnings.accept("Possible set " + operation + " at position " + position(i));
            }
            first = false;
            String from = setToken();
            int lo = setItem();
            if (more() && peek() == '-' && i + 1 < source.length() && source.charAt(i + 1) != ']') {
                i++;
                if (peek() == '-') {
                    warnings.accept("Possible set difference at position " + position(i - 1));
                }
                String to = setToken();
                out.append('-');
                int hi = setItem();
                if (lo < 0 || hi < 0 || hi < lo) {
                    // as _parser, the message shows an escape's first two characters, the position counts back by those
                    throw new Error("bad character range " + from + "-" + to, i - from.length() - 1 - to.length());
                }
            }
        }
    }

    /** The set item at i as _parser's tokens spell it: an escape's backslash and letter, else one character. */
    private String setToken() {
        int length = peek() == '\\' ? Math.min(2, source.length() - i) : Character.charCount(source.codePointAt(i));
        return source.substring(i, i + length);
    }

    /** One item of a set, appended: its code point, or -1 for a class such as \d. */
    private int setItem() {
        if (peek() == '\\') {
            int before = out.length();
            int cp = classEscape();
            if (cp >= 0) {
                out.setLength(before);
                appendHex(cp);
            }
            return cp;
        }
        int cp = source.codePointAt(i);
        i += Character.charCount(cp);
        appendHex(cp);
        return cp;
    }

    /** Reads a backslash and the character it escapes. */
    private char escaped() {
        i++;
        if (!more()) {
            throw new Error("bad escape (end of pattern)", i - 1);
        }
        return source.charAt(i++);
    }

    /**
     * Appends a code point so that Java cannot read it as syntax: as Java's hex escape, or as itself when
     * it is beyond the BMP (never syntax), since Java counts an escaped one as one char in a look-behind.
     */
    private void appendHex(int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint)) {
            out.appendCodePoint(codePoint);
        } else {
            out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
        }
    }

    /** An escape inside a set: its code point, or -1 when it is a class (appended). */
    private int classEscape() {
        int at = i;
        char c = escaped();
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                out.append(category(c, true));
                return -1;
            }
            case 'b' -> {
                return 8;
            }
            default -> {
                return escapedCodePoint(c, at);
            }
        }
    }

    /** An escape outside a set, appended with its width; whether it can be repeated. */
    private boolean escape() {
        int at = i;
        char c = escaped();
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                out.append(category(c, false));
                width().add(1, 1);
                return true;
            }
            case 'b', 'B' -> {
                out.append(boundary(c == 'b'));
                return false;
            }
            case 'A' -> {
                out.append("\\A");
                return false;
            }
            case 'Z' -> {
                out.append("\\z");
                return false;
            }
            default -> {
                if (c >= '1' && c <= '9') {
                    int j = i;
                    if (j < source.length() && Character.isDigit(source.charAt(j))) {
                        if (j + 1 < source.length() && isOctal(source.charAt(j)) && isOctal(source.charAt(j + 1))
                                && isOctal(c)) {
                            int value = Integer.parseInt(source.substring(i - 1, j + 2), 8);
                            if (value > 0377) {
                                throw new Error("octal escape value \\" + source.substring(i - 1, j + 2) + " outside of range 0-0o377", at);
                            }
                            i = j + 2;
                            literal(value);
                            width().add(1, 1);
                            return true;
                        }
                        j++;
                    }
                    int group = Integer.parseInt(source.substring(i - 1, j));
                    i = j;
                    if (group > groups) {
                        throw new Error("invalid group reference " + group, at + 1);
                    }
                    backreference(group, at);
                    return true;
                }
                literal(escapedCodePoint(c, at));
                width().add(1, 1);
                return true;
            }
        }
    }

    /** Whether \w, \s and \b are Unicode's (a str pattern without the ASCII flag) rather than ASCII's. */
    private boolean unicode() {
        return !bytes && !ascii;
    }

    /**
     * The Java class for \d, \D, \w, \W, \s or \S, in a set or not, spelt out so that a scoped (?a:...) or
     * (?u:...) holds whatever Java's flags are. Java's Unicode \w has the combining marks and not the
     * other numbers (superscripts, fractions), while sre's is str.isalnum() or _; its Unicode \s lacks
     * the separators \x1c-\x1f, which str.isspace() has.
     */
    private String category(char c, boolean inSet) {
        String body = switch (Character.toLowerCase(c)) {
            case 'w' -> wordChars();
            case 's' -> unicode() ? "\\p{IsWhite_Space}\\x{1c}-\\x{1f}" : " \\t\\n\\x{b}\\f\\r";
            default -> unicode() ? "\\p{Nd}" : "0-9";
        };
        boolean negated = Character.isUpperCase(c);
        return negated ? "[^" + body + "]" : inSet ? body : "[" + body + "]";
    }

    /** What \w stands for, as the body of a Java set. */
    private String wordChars() {
        return unicode() ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_";
    }

    /**
     * \b or \B between sre's word characters: Java's own \b counts Unicode letters even in ASCII mode and
     * combining marks as word characters. \B does not match an empty string (SRE_AT_NON_BOUNDARY).
     */
    private String boundary(boolean at) {
        String word = "[" + wordChars() + "]";
        String before = "(?<=" + word + ")";
        String notBefore = "(?<!" + word + ")";
        String after = "(?=" + word + ")";
        String notAfter = "(?!" + word + ")";
        return at ? "(?:" + before + notAfter + "|" + notBefore + after + ")"
                : "(?:" + before + after + "|" + notBefore + notAfter + "(?!\\A\\z))";
    }

    static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** The code point an escape \c (already read) stands for; re.error for an unknown letter. */
    private int escapedCodePoint(char c, int at) {
        switch (c) {
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'v':
                return 0x0b;
            case 'a':
                return 7;
            case '0': {
                int j = i;
                while (j < source.length() && j < i + 2 && isOctal(source.charAt(j))) {
                    j++;
                }
                int value = j == i ? 0 : Integer.parseInt(source.substring(i, j), 8);
                i = j;
                return value;
            }
            case 'x':
                return hex(2, at, "\\x");
            case 'u':
                if (!bytes) {
                    return hex(4, at, "\\u");
                }
                break;
            case 'U':
                if (!bytes) {
                    int cp = hex(8, at, "\\U");
                    if (cp > 0x10ffff) {
                        throw new Error("bad escape \\U" + source.substring(at + 2, at + 10), at);
                    }
                    return cp;
                }
                break;
            case 'N':
                if (!bytes) {
                    if (!more() || peek() != '{') {
                        throw new Error("missing {", i);
                    }
                    i++;
                    String name = rawName('}', "character name");
                    try {
                        return Character.codePointOf(name);
                    } catch (IllegalArgumentException e) {
                        throw new Error("undefined character name '" + name + "'", at);
                    }
                }
                break;
            default:
                if (c >= '1' && c <= '7') {
                    int j = i;
                    while (j < source.length() && j < i + 2 && isOctal(source.charAt(j))) {
                        j++;
                    }
                    if (j == i + 2) {
                        int value = Integer.parseInt(source.substring(i - 1, j), 8);
                        i = j;
                        return value;
                    }
                }
                if (c < 128 && Character.isLetterOrDigit(c)) {
                    break;
                }
                return c;
        }
        throw new Error("bad escape \\" + c, at);
    }

    private int hex(int digits, int at, String escape) {
        int end = i;
        while (end < source.length() && end < i + digits && Character.digit(source.charAt(end), 16) >= 0) {
            end++;
        }
        if (end - i != digits) {
            throw new Error("incomplete escape " + escape + source.substring(i, end), at);
        }
        int value = (int) Long.parseLong(source.substring(i, end), 16);
        i = end;
        return value;
    }
}
