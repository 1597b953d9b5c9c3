package org.gillab.model.lib;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Python regular expression turned into a java.util.regex one (the parsing half of CPython's
 * Lib/re/_parser.py): checks the syntax with CPython's re.error messages and positions, numbers the
 * groups and keeps their names, and rewrites what Java spells differently: named groups and their
 * references become numbered ones, \Z is Java's \z, a { that is no repeat and a [ or && in a set
 * are literals, verbose mode's whitespace and comments are dropped (but not inside sets, as Java's
 * COMMENTS flag would), octal, hex and named character escapes become Java's hex escapes.
 *
 * Deliberate differences: conditional groups (?(1)...) raise re.error; the L flag is refused;
 * Unicode classes (\w, \d, \s, case folding) are Java's UNICODE_CHARACTER_CLASS ones.
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

    /** A syntax error: re.error(message) at position pos of the pattern. */
    static final class Error extends RuntimeException {
        final int pos;

        Error(String message, int pos) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    /** The result: the Java pattern, the Python flags (with inline ones), the group count and names. */
    record Compiled(Pattern pattern, int flags, int groups, Map<String, Integer> names) {}

    private final String source;
    private final boolean bytes;
    private int flags;
    private int i;
    private final StringBuilder out = new StringBuilder();
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    /** Groups still open, and for each whether verbose mode was on outside it. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private boolean verbose;

    private ReSyntax(String source, int flags, boolean bytes) {
        this.source = source;
        this.flags = flags;
        this.bytes = bytes;
        this.verbose = (flags & VERBOSE) != 0;
    }

    static Compiled compile(String source, int flags, boolean bytes) {
        if ((flags & LOCALE) != 0 && !bytes) {
            throw new Error("cannot use LOCALE flag with a str pattern", -1);
        }
        if ((flags & ASCII) != 0 && (flags & UNICODE) != 0) {
            throw new Error("ASCII and UNICODE flags are incompatible", -1);
        }
        if (bytes && (flags & UNICODE) != 0) {
            throw new Error("cannot use UNICODE flag with a bytes pattern", -1);
        }
        ReSyntax s = new ReSyntax(source, flags, bytes);
        s.parse();
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
            return new Compiled(Pattern.compile(s.out.toString(), javaFlags), f, s.groups, s.names);
        } catch (PatternSyntaxException e) {
            throw new Error(e.getDescription(), Math.max(0, Math.min(e.getIndex(), source.length())));
        }
    }

    private boolean more() {
        return i < source.length();
    }

    private char peek() {
        return source.charAt(i);
    }

    private void parse() {
        // what the last item was: 0 nothing repeatable, 1 an item, 2 a repeat, 3 a repeat with its ? or +
        int last = 0;
        while (more()) {
            char c = peek();
            int at = i;
            if (verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b)) {
                i++;
                continue;
            }
            if (verbose && c == '#') {
                while (more() && peek() != '\n') {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '(' -> last = group();
                case ')' -> {
                    if (open.isEmpty()) {
                        throw new Error("unbalanced parenthesis", at);
                    }
                    verbose = open.pop()[1] != 0;
                    out.append(')');
                    i++;
                    last = 1;
                }
                case '|' -> {
                    out.append('|');
                    i++;
                    last = 0;
                }
                case '*', '+', '?', '{' -> {
                    int[] repeat = c == '{' ? braces() : null;
                    if (c == '{' && repeat == null) {
                        out.append("\\{");
                        i++;
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
                    }
                    last = 2;
                }
                case '[' -> {
                    set();
                    last = 1;
                }
                case '\\' -> last = escape() ? 1 : 0;
                case '.' -> {
                    out.append('.');
                    i++;
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
                    last = 1;
                }
                default -> {
                    literal(source.codePointAt(i));
                    i += Character.charCount(source.codePointAt(i));
                    last = 1;
                }
            }
        }
        if (!open.isEmpty()) {
            throw new Error("missing ), unterminated subpattern", open.peek()[0]);
        }
    }

    /** {m}, {m,}, {,n}, {m,n}: appended as Java's {m,n}; null when the brace is a literal. */
    private int[] braces() {
        int j = i + 1;
        int loStart = j;
        while (j < source.length() && Character.isDigit(source.charAt(j))) {
            j++;
        }
        String lo = source.substring(loStart, j);
        String hi = lo;
        boolean comma = j < source.length() && source.charAt(j) == ',';
        if (comma) {
            int hiStart = ++j;
            while (j < source.length() && Character.isDigit(source.charAt(j))) {
                j++;
            }
            hi = source.substring(hiStart, j);
        }
        if (j >= source.length() || source.charAt(j) != '}' || (lo.isEmpty() && !comma)) {
            return null;
        }
        long min = lo.isEmpty() ? 0 : Long.parseLong(lo);
        if (!hi.isEmpty() && Long.parseLong(hi) < min) {
            throw new Error("min repeat greater than max repeat", loStart);
        }
        out.append('{').append(min).append(',').append(hi).append('}');
        i = j + 1;
        return new int[] {(int) min};
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
            groups++;
            open.push(new int[] {at, verbose ? 1 : 0, groups});
            out.append('(');
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
                open.push(new int[] {at, verbose ? 1 : 0, 0});
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
                    open.push(new int[] {at, verbose ? 1 : 0, 0});
                    return 0;
                }
                throw new Error("unknown extension ?<" + (more() ? String.valueOf(peek()) : ""), at + 1);
            }
            case 'P' -> {
                i++;
                return named(at);
            }
            case '(' -> throw new Error("the model's re has no conditional groups (?(...)...)", at);
            default -> {
                return inlineFlags(at);
            }
        }
    }

    private int named(int at) {
        if (more() && peek() == '<') {
            i++;
            String name = name('>', "group name");
            if (names.containsKey(name)) {
                throw new Error("redefinition of group name '" + name + "' as group " + (groups + 1) + "; was group "
                        + names.get(name), i - name.length() - 1);
            }
            groups++;
            names.put(name, groups);
            open.push(new int[] {at, verbose ? 1 : 0, groups});
            out.append('(');
            return 0;
        }
        if (more() && peek() == '=') {
            i++;
            int nameAt = i;
            String name = name(')', "group name");
            Integer group = names.get(name);
            if (group == null) {
                throw new Error("unknown group name '" + name + "'", nameAt);
            }
            backreference(group, nameAt);
            return 1;
        }
        throw new Error("unknown extension ?P" + (more() ? String.valueOf(peek()) : ""), at + 1);
    }

    private String name(char end, String what) {
        int start = i;
        while (more() && peek() != end) {
            i++;
        }
        if (!more()) {
            throw new Error("missing " + end + ", unterminated name", start);
        }
        String name = source.substring(start, i);
        i++;
        if (name.isEmpty()) {
            throw new Error("missing " + what, start);
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0)) || name.charAt(0) == '$'
                || !name.codePoints().allMatch(cp -> Character.isJavaIdentifierPart(cp) && cp != '$')) {
            throw new Error("bad character in " + what + " '" + name + "'", start);
        }
        return name;
    }

    private void backreference(int group, int at) {
        if (open.stream().anyMatch(g -> g[2] == group)) {
            throw new Error("cannot refer to an open group", at);
        }
        out.append("(?:\\").append(group).append(')');
    }

    /** (?aiLmsux) at the start, or (?imsx-imsx:...) scoped. */
    private int inlineFlags(int at) {
        int on = 0;
        int off = 0;
        boolean minus = false;
        while (more() && "aiLmsux-".indexOf(peek()) >= 0) {
            char c = peek();
            if (c == '-') {
                minus = true;
            } else if (minus) {
                off |= flag(c);
            } else {
                on |= flag(c);
            }
            i++;
        }
        if (!more()) {
            throw new Error("missing -, : or )", i);
        }
        char c = peek();
        if (c == ')' && !minus) {
            i++;
            if (at != 0 && !allFlagGroupsBefore(at)) {
                throw new Error("global flags not at the start of the expression", at);
            }
            flags |= on;
            verbose = (flags & VERBOSE) != 0;
            return 0;
        }
        if (c != ':') {
            throw new Error(Character.isLetter(c) ? "unknown flag" : "missing -, : or )", i);
        }
        i++;
        open.push(new int[] {at, verbose ? 1 : 0, 0});
        if ((on & VERBOSE) != 0) {
            verbose = true;
        }
        if ((off & VERBOSE) != 0) {
            verbose = false;
        }
        out.append("(?").append(javaFlags(on));
        if (off != 0) {
            out.append('-').append(javaFlags(off));
        }
        out.append(':');
        return 0;
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
            first = false;
            int itemAt = i;
            int lo = setItem();
            if (lo >= 0 && more() && peek() == '-' && i + 1 < source.length() && source.charAt(i + 1) != ']') {
                i++;
                out.append('-');
                int hi = setItem();
                if (hi < 0 || hi < lo) {
                    throw new Error("bad character range " + source.substring(itemAt, i), itemAt);
                }
            }
        }
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

    /** Appends a code point as Java's hex escape, which Java cannot read as syntax. */
    private void appendHex(int codePoint) {
        out.append("\\x{").append(Integer.toHexString(codePoint)).append('}');
    }

    /** An escape inside a set: its code point, or -1 when it is a class (appended). */
    private int classEscape() {
        int at = i;
        char c = escaped();
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                out.append('\\').append(c);
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

    /** An escape outside a set, appended; whether it can be repeated. */
    private boolean escape() {
        int at = i;
        char c = escaped();
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S' -> {
                out.append('\\').append(c);
                return true;
            }
            case 'b', 'B', 'A' -> {
                out.append('\\').append(c);
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
                        if (c <= '3' && j + 1 < source.length() && isOctal(source.charAt(j)) && isOctal(source.charAt(j + 1))
                                && isOctal(c)) {
                            int value = Integer.parseInt(source.substring(i - 1, j + 2), 8);
                            if (value > 0377) {
                                throw new Error("octal escape value \\" + source.substring(i - 1, j + 2) + " outside of range 0-0o377", at);
                            }
                            i = j + 2;
                            literal(value);
                            return true;
                        }
                        j++;
                    }
                    int group = Integer.parseInt(source.substring(i - 1, j));
                    i = j;
                    if (group > groups) {
                        throw new Error("invalid group reference " + group, at + 1);
                    }
                    backreference(group, at + 1);
                    return true;
                }
                literal(escapedCodePoint(c, at));
                return true;
            }
        }
    }

    private static boolean isOctal(char c) {
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
                if (!bytes && more() && peek() == '{') {
                    int end = source.indexOf('}', i);
                    if (end < 0) {
                        throw new Error("missing }, unterminated name", i + 1);
                    }
                    String name = source.substring(i + 1, end);
                    try {
                        int cp = Character.codePointOf(name);
                        i = end + 1;
                        return cp;
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
