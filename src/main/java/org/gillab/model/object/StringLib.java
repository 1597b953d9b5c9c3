package org.gillab.model.object;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.gillab.model.ucd.UnicodeTables;

/**
 * The algorithms str and bytes share (Objects/stringlib: split, partition, strip, find and count with
 * start/end, replace, justification, expandtabs, splitlines, case mapping and the is* predicates). They
 * work on Java Strings: a str's chars, or a bytes object's bytes as Latin-1 chars. {@code ascii} selects
 * bytes' character classes: only ASCII letters have case, only ASCII whitespace separates.
 */
final class StringLib {
    private StringLib() {}

    // ---- character classes (Objects/unicodectype.c; Python/pyctype.c for bytes) ----

    /** str.isspace's whitespace (bidirectional WS, B or S, or category Zs); for bytes, ASCII " \t\n\r\x0b\x0c". */
    static boolean isSpace(int c, boolean ascii) {
        if (c == ' ' || c >= '\t' && c <= '\r') {
            return true;
        }
        if (ascii) {
            return false;
        }
        return c >= 0x1c && c <= 0x1f || c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isAlpha(int c, boolean ascii) {
        return ascii ? c < 128 && Character.isLetter(c) : Character.isLetter(c);
    }

    /** Numeric_Type Decimal (str.isdecimal; for bytes, ASCII digits): unicodedata.decimal's characters. */
    static boolean isDecimal(int c, boolean ascii) {
        if (ascii || c < 128) {
            return c >= '0' && c <= '9';
        }
        UnicodeTables.Numeric numeric = UnicodeTables.get().numeric(c);
        return numeric != null && numeric.decimal() >= 0;
    }

    /** Numeric_Type Decimal or Digit: decimals, superscripts and circled digits, not fractions (unicodedata.digit's). */
    static boolean isDigit(int c, boolean ascii) {
        if (ascii || c < 128) {
            return c >= '0' && c <= '9';
        }
        UnicodeTables.Numeric numeric = UnicodeTables.get().numeric(c);
        return numeric != null && numeric.digit() >= 0;
    }

    /** Any Numeric_Type, the CJK numerals of the Unihan data too: unicodedata.numeric's characters. */
    static boolean isNumeric(int c) {
        return c < 128 ? c >= '0' && c <= '9' : UnicodeTables.get().numeric(c) != null;
    }

    static boolean isAlnum(int c, boolean ascii) {
        return isAlpha(c, ascii) || (ascii ? isDecimal(c, true) : isNumeric(c));
    }

    static boolean isLower(int c, boolean ascii) {
        return ascii ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    static boolean isUpper(int c, boolean ascii) {
        return ascii ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isTitleCase(int c, boolean ascii) {
        return !ascii && Character.isTitleCase(c);
    }

    private static boolean isCased(int c, boolean ascii) {
        return isLower(c, ascii) || isUpper(c, ascii) || isTitleCase(c, ascii);
    }

    /** str.isprintable: not a control, format, surrogate, private-use, unassigned or separator character but space. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** All of a non-empty string's characters pass {@code test}. */
    static boolean all(String s, java.util.function.IntPredicate test) {
        return !s.isEmpty() && s.codePoints().allMatch(test);
    }

    /** str.islower / bytes.islower: some cased characters, all of them lowercase. */
    static boolean isLowerString(String s, boolean ascii) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isUpper(c, ascii) || isTitleCase(c, ascii)) {
                return false;
            }
            cased |= isLower(c, ascii);
        }
        return cased;
    }

    static boolean isUpperString(String s, boolean ascii) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isLower(c, ascii) || isTitleCase(c, ascii)) {
                return false;
            }
            cased |= isUpper(c, ascii);
        }
        return cased;
    }

    /** istitle: uppercase and titlecase characters only after uncased ones, lowercase only after cased ones. */
    static boolean isTitleString(String s, boolean ascii) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isUpper(c, ascii) || isTitleCase(c, ascii)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c, ascii)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** str.isidentifier: an XID_Start character or '_', then XID_Continue characters (UAX #31, as the tokenizer reads names). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        return (first == '_' || isXidStart(first)) && s.codePoints().skip(1).allMatch(StringLib::isXidContinue);
    }

    /**
     * XID_Start: an ID_Start character whose NFKC form is an identifier still. Java's identifier start also
     * takes U+2E2F VERTICAL TILDE, which Unicode's ID_Start leaves out.
     */
    private static boolean isXidStart(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        if (!Character.isUnicodeIdentifierStart(c) || c == 0x2E2F) {
            return false;
        }
        String folded = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
        int head = folded.codePointAt(0);
        return (head == c || isXidStart(head)) && folded.codePoints().skip(1).allMatch(StringLib::isXidContinue);
    }

    /** XID_Continue: an ID_Continue character whose NFKC form continues an identifier still. */
    private static boolean isXidContinue(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c) || c == 0x2E2F) {
            return false;
        }
        String folded = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
        return folded.codePoints().allMatch(f -> f == c || isXidContinue(f));
    }

    // ---- case mapping (full mappings, as unicodeobject.c's do_upper / do_lower / do_title) ----

    static String lower(String s, boolean ascii) {
        return ascii ? asciiMap(s, true) : s.toLowerCase(Locale.ROOT);
    }

    static String upper(String s, boolean ascii) {
        return ascii ? asciiMap(s, false) : s.toUpperCase(Locale.ROOT);
    }

    private static String asciiMap(String s, boolean toLower) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (toLower && c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + 32);
            } else if (!toLower && c >= 'a' && c <= 'z') {
                out[i] = (char) (c - 32);
            }
        }
        return new String(out);
    }

    private static String lowerOne(int c, boolean ascii) {
        return lower(new String(Character.toChars(c)), ascii);
    }

    /**
     * The lowercase of the character at {@code i} of s: a capital sigma that ends a word (a cased letter
     * before it, none after it, case-ignorable characters skipped) becomes the final sigma, as
     * unicodeobject.c's handle_capital_sigma decides.
     */
    private static String lowerAt(String s, int i, boolean ascii) {
        int c = s.codePointAt(i);
        if (c != 0x3a3 || ascii) {
            return lowerOne(c, ascii);
        }
        int j = i;
        boolean casedBefore = false;
        while (j > 0) {
            int b = s.codePointBefore(j);
            j -= Character.charCount(b);
            if (!isCaseIgnorable(b)) {
                casedBefore = isCased(b, false);
                break;
            }
        }
        boolean casedAfter = false;
        for (int k = i + 1; k < s.length(); ) {
            int a = s.codePointAt(k);
            k += Character.charCount(a);
            if (!isCaseIgnorable(a)) {
                casedAfter = isCased(a, false);
                break;
            }
        }
        return casedBefore && !casedAfter ? "\u03c2" : "\u03c3";
    }

    private static boolean isCaseIgnorable(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default -> c == '\'' || c == '.' || c == ':' || c == 0xb7 || c == 0x2019;
        };
    }

    private static String upperOne(int c, boolean ascii) {
        return upper(new String(Character.toChars(c)), ascii);
    }

    /** The full titlecase mapping of one character (SpecialCasing: ß becomes Ss, the ﬁ ligature Fi). */
    private static String titleOne(int c, boolean ascii) {
        if (ascii) {
            return upperOne(c, true);
        }
        String upper = upperOne(c, false);
        if (upper.codePointCount(0, upper.length()) > 1) {
            int first = upper.codePointAt(0);
            String rest = upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
            return new String(Character.toChars(Character.toTitleCase(first))) + rest;
        }
        return new String(Character.toChars(Character.toTitleCase(c)));
    }

    static String swapcase(String s, boolean ascii) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isUpper(c, ascii)) {
                out.append(lowerAt(s, i - Character.charCount(c), ascii));
            } else if (isLower(c, ascii)) {
                out.append(upperOne(c, ascii));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** title(): a cased character after an uncased one takes its titlecase, after a cased one its lowercase. */
    static String title(String s, boolean ascii) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            out.append(previousCased ? lowerAt(s, i - Character.charCount(c), ascii) : titleOne(c, ascii));
            previousCased = isCased(c, ascii);
        }
        return out.toString();
    }

    /** capitalize(): the first character in titlecase (upper case for bytes), the rest in lowercase. */
    static String capitalize(String s, boolean ascii) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return titleOne(first, ascii) + lower(s.substring(Character.charCount(first)), ascii);
    }

    /** str.casefold(): lowercase, with the full case foldings that differ from it. */
    static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case 0xdf, 0x1e9e -> out.append("ss");
                case 0x3c2 -> out.append('\u03c3');
                case 0xb5 -> out.append('\u03bc');
                case 0x17f -> out.append('s');
                case 0x3d0 -> out.append('\u03b2');
                case 0x3d1 -> out.append('\u03b8');
                case 0x3d5 -> out.append('\u03c6');
                case 0x3d6 -> out.append('\u03c0');
                case 0x3f0 -> out.append('\u03ba');
                case 0x3f1 -> out.append('\u03c1');
                case 0x3f5 -> out.append('\u03b5');
                case 0xfb00 -> out.append("ff");
                case 0xfb01 -> out.append("fi");
                case 0xfb02 -> out.append("fl");
                case 0xfb03 -> out.append("ffi");
                case 0xfb04 -> out.append("ffl");
                case 0xfb05, 0xfb06 -> out.append("st");
                default -> out.append(lowerOne(c, false));
            }
        }
        return out.toString();
    }

    // ---- searching (ADJUST_INDICES, fastsearch) ----

    /** start and end of find/count/startswith as slice bounds on a string of {@code length}: {start, end}. */
    static int[] adjust(long start, long end, int length) {
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new int[] {(int) Math.min(start, Integer.MAX_VALUE), (int) end};
    }

    /** The first index of sub in s[start:end], or -1. */
    static int find(String s, String sub, int start, int end) {
        if (start > s.length() || end - start < sub.length()) {
            return -1;
        }
        int i = s.indexOf(sub, start);
        return i >= 0 && i + sub.length() <= end ? i : -1;
    }

    /** The last index of sub in s[start:end], or -1. */
    static int rfind(String s, String sub, int start, int end) {
        if (start > s.length() || end - start < sub.length()) {
            return -1;
        }
        int i = s.lastIndexOf(sub, end - sub.length());
        return i >= start ? i : -1;
    }

    /** Non-overlapping occurrences of sub in s[start:end] (an empty sub is found between every two characters). */
    static long count(String s, String sub, int start, int end, int length) {
        if (start > length || end < start) {
            return 0;
        }
        if (sub.isEmpty()) {
            return end - start + 1;
        }
        long n = 0;
        for (int i = s.indexOf(sub, start); i >= 0 && i + sub.length() <= end; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** s[start:end] starts (or ends) with sub; false when start is past the end. */
    static boolean matchesAt(String s, String sub, int start, int end, boolean atEnd) {
        if (start > s.length() || end - start < sub.length()) {
            return false;
        }
        return atEnd ? s.startsWith(sub, end - sub.length()) : s.startsWith(sub, start);
    }

    // ---- splitting ----

    /** split(sep, maxsplit): by a separator, or by runs of whitespace when sep is null. */
    static List<String> split(String s, String sep, long max, boolean ascii) {
        List<String> parts = new ArrayList<>();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i), ascii)) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (parts.size() == max) {
                    parts.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j), ascii)) {
                    j++;
                }
                parts.add(s.substring(i, j));
                i = j;
            }
            return parts;
        }
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0 && parts.size() < max; i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + sep.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** rsplit(sep, maxsplit): split from the right. */
    static List<String> rsplit(String s, String sep, long max, boolean ascii) {
        List<String> parts = new ArrayList<>();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1), ascii)) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (parts.size() == max) {
                    parts.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1), ascii)) {
                    i--;
                }
                parts.add(s.substring(i, j));
                j = i;
            }
        } else {
            int end = s.length();
            while (parts.size() < max) {
                int i = s.lastIndexOf(sep, end - sep.length());
                if (i < 0) {
                    break;
                }
                parts.add(s.substring(i + sep.length(), end));
                end = i;
            }
            parts.add(s.substring(0, end));
        }
        Collections.reverse(parts);
        return parts;
    }

    /** partition / rpartition: {before, sep, after}; without sep, the whole string on the side searched from. */
    static String[] partition(String s, String sep, boolean fromRight) {
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return fromRight ? new String[] {"", "", s} : new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    /** Whether c ends a line: \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029 for str, \n and \r for bytes. */
    private static boolean isLineBreak(char c, boolean ascii) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        return !ascii && (c == 0x0b || c == 0x0c || c >= 0x1c && c <= 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    static List<String> splitlines(String s, boolean keepends, boolean ascii) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j), ascii)) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            lines.add(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return lines;
    }

    // ---- transforming ----

    /** strip / lstrip / rstrip: whitespace when chars is null, else any character of chars. */
    static String strip(String s, String chars, boolean left, boolean right, boolean ascii) {
        int start = 0;
        int end = s.length();
        while (left && start < end && (chars == null ? isSpace(s.charAt(start), ascii) : chars.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (chars == null ? isSpace(s.charAt(end - 1), ascii) : chars.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    /** replace(old, new, count): count &lt; 0 replaces all; an empty old inserts new around every character. */
    static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder out = new StringBuilder();
        if (old.isEmpty()) {
            long n = 0;
            int i = 0;
            while (i < s.length()) {
                if (n++ < count) {
                    out.append(replacement);
                }
                int c = s.codePointAt(i);
                out.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (n < count) {
                out.append(replacement);
            }
            return out.toString();
        }
        int start = 0;
        long n = 0;
        for (int i = s.indexOf(old); i >= 0 && n < count; i = s.indexOf(old, start), n++) {
            out.append(s, start, i).append(replacement);
            start = i + old.length();
        }
        return n == 0 ? s : out.append(s, start, s.length()).toString();
    }

    /** ljust / rjust / center with a fill character, by code points; center puts the odd one as CPython's pad(). */
    static String justify(String s, long width, int fill, char align) {
        int length = s.codePointCount(0, s.length());
        if (width <= length) {
            return s;
        }
        int padding = (int) (width - length);
        int left = switch (align) {
            case '<' -> 0;
            case '>' -> padding;
            default -> padding / 2 + (padding & (int) width & 1);
        };
        String f = new String(Character.toChars(fill));
        return f.repeat(left) + s + f.repeat(padding - left);
    }

    static String zfill(String s, long width) {
        int length = s.codePointCount(0, s.length());
        if (width <= length) {
            return s;
        }
        String zeros = "0".repeat((int) (width - length));
        boolean signed = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+');
        return signed ? s.charAt(0) + zeros + s.substring(1) : zeros + s;
    }

    /** expandtabs(tabsize): tabs to spaces up to the next multiple of tabsize; \n and \r restart the column. */
    static String expandtabs(String s, long tabsize) {
        StringBuilder out = new StringBuilder(s.length());
        long column = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    out.append(" ".repeat((int) spaces));
                    column += spaces;
                }
            } else {
                out.appendCodePoint(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }
}
