package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the _sqlite3 module needs to know about SQL text before SQLite compiles it, read with SQLite's own
 * token rules (tokenize.c: quoted strings and identifiers, -- and C comments, parameters): where the
 * first statement ends (sqlite3_prepare_v2's tail, which CPython's statement.c checks is empty), whether
 * a text ends a statement (sqlite3_complete, including CREATE TRIGGER's ; inside BEGIN ... END), the
 * leading keyword (CPython 3.11's is_dml test) and the names of the parameters by index
 * (sqlite3_bind_parameter_name). The sqlite-jdbc driver gives none of these. Written for the model.
 */
final class SqlText {
    private final String sql;
    private int pos;

    private SqlText(String sql, int from) {
        this.sql = sql;
        this.pos = from;
    }

    private enum Kind { WORD, SEMI, PARAM, OTHER, END }

    private record Token(Kind kind, int start, int end) {}

    /** The next token after spaces and comments. */
    private Token next() {
        skipSpaceAndComments();
        int start = pos;
        if (pos >= sql.length()) {
            return new Token(Kind.END, start, start);
        }
        char c = sql.charAt(pos);
        if (c == ';') {
            pos++;
            return new Token(Kind.SEMI, start, pos);
        }
        if (c == '\'' || c == '"' || c == '`') {
            skipQuoted(c);
            return new Token(Kind.OTHER, start, pos);
        }
        if (c == '[') {
            int close = sql.indexOf(']', pos);
            pos = close < 0 ? sql.length() : close + 1;
            return new Token(Kind.OTHER, start, pos);
        }
        if (c == '?') {
            pos++;
            while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.PARAM, start, pos);
        }
        if ((c == ':' || c == '@' || c == '$') && pos + 1 < sql.length() && isWordChar(sql.charAt(pos + 1))) {
            pos++;
            skipWord();
            return new Token(Kind.PARAM, start, pos);
        }
        if (isWordChar(c)) {
            skipWord();
            return new Token(Kind.WORD, start, pos);
        }
        pos++;
        return new Token(Kind.OTHER, start, pos);
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos)) {
                int eol = sql.indexOf('\n', pos);
                pos = eol < 0 ? sql.length() : eol + 1;
            } else if (sql.startsWith("/*", pos)) {
                int close = sql.indexOf("*/", pos + 2);
                pos = close < 0 ? sql.length() : close + 2;
            } else {
                return;
            }
        }
    }

    /** A quoted string or identifier, its quote doubled inside it. */
    private void skipQuoted(char quote) {
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos++) == quote) {
                if (pos < sql.length() && sql.charAt(pos) == quote) {
                    pos++;
                } else {
                    return;
                }
            }
        }
    }

    private void skipWord() {
        while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 0x7f;
    }

    private String word(Token t) {
        return t.kind == Kind.WORD ? sql.substring(t.start, t.end).toUpperCase(Locale.ROOT) : "";
    }

    /**
     * The end of the statement starting at {@code from} (after its ;), or -1 when the text ends first. A
     * CREATE [TEMP] TRIGGER's body holds statements of its own: only a ; after END ends it.
     */
    static int statementEnd(String sql, int from) {
        SqlText text = new SqlText(sql, from);
        int words = 0;
        boolean trigger = false;
        String previous = "";
        for (Token t = text.next(); t.kind != Kind.END; t = text.next()) {
            if (t.kind == Kind.SEMI) {
                if (!trigger || previous.equals("END")) {
                    return t.end;
                }
            } else if (t.kind == Kind.WORD && words < 3) {
                String w = text.word(t);
                trigger |= w.equals("TRIGGER") && text.startsWithCreate(from);
                words++;
            }
            previous = text.word(t);
        }
        return -1;
    }

    private boolean startsWithCreate(int from) {
        SqlText head = new SqlText(sql, from);
        return head.word(head.next()).equals("CREATE");
    }

    /** True when only spaces and comments follow {@code from} (pysqlite_check_remaining_sql). */
    static boolean isBlank(String sql, int from) {
        return new SqlText(sql, from).next().kind == Kind.END;
    }

    /** sqlite3_complete: the text ends with a statement's ;. */
    static boolean complete(String sql) {
        int at = 0;
        boolean ended = false;
        while (!isBlank(sql, at)) {
            int end = statementEnd(sql, at);
            if (end < 0) {
                return false;
            }
            ended = true;
            at = end;
        }
        return ended;
    }

    /** The statements of a script (executescript), each without its ;, empty ones left out. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (!isBlank(sql, at)) {
            int end = statementEnd(sql, at);
            String one = end < 0 ? sql.substring(at) : sql.substring(at, end);
            if (!isBlank(one.endsWith(";") ? one.substring(0, one.length() - 1) : one, 0)) {
                out.add(one);
            }
            if (end < 0) {
                break;
            }
            at = end;
        }
        return out;
    }

    /** The first word, upper case (CPython 3.11 statement.c skips spaces and comments before it). */
    static String leadingKeyword(String sql) {
        SqlText text = new SqlText(sql, 0);
        return text.word(text.next());
    }

    /**
     * The parameters' names by index from 1 (null for a bare ?), numbered as SQLite numbers them: ? takes
     * the next index, ?NNN index NNN, and a :name, @name or $name its first occurrence's index.
     */
    static List<String> parameterNames(String sql) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        SqlText text = new SqlText(sql, 0);
        for (Token t = text.next(); t.kind != Kind.END; t = text.next()) {
            if (t.kind != Kind.PARAM) {
                continue;
            }
            String name = sql.substring(t.start, t.end);
            if (name.equals("?")) {
                names.add(null);
            } else if (name.startsWith("?")) {
                int index = Integer.parseInt(name.substring(1));
                while (names.size() < index) {
                    names.add(null);
                }
                names.set(index - 1, name);
            } else if (!seen.containsKey(name)) {
                names.add(name);
                seen.put(name, names.size());
            }
        }
        return names;
    }
}
