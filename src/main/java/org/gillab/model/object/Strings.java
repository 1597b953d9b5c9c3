package org.gillab.model.object;

/** repr() of strings and containers, as Objects/unicodeobject.c and listobject.c print them. */
final class Strings {
    private Strings() {}

    /** unicode_repr: single quotes unless the text has a single quote and no double quote. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    static String joinRepr(String open, PyObject[] items, int size, String close) {
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(items[i].repr());
        }
        return out.append(close).toString();
    }
}
