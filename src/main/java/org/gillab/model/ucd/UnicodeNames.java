package org.gillab.model.ucd;

import java.util.Locale;

/**
 * Character names as CPython's unicodedata gives and takes them (Modules/unicodedata.c _getucname and
 * _getcode): the names of Unicode 13.0's UnicodeData.txt, which java.lang.Character knows; the names
 * made from the code point, "HANGUL SYLLABLE GA" (Unicode's chapter 3.12 algorithm) and "CJK UNIFIED
 * IDEOGRAPH-4E00"; no name for control characters (Java gives their Unicode 1.0 names) nor for the
 * rest of the characters UnicodeData.txt lists only as ranges (Tangut, private use, surrogates). Looking
 * a name up also accepts the aliases of NameAliases.txt and, where asked, the named sequences.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String HANGUL = "HANGUL SYLLABLE ";
    private static final String CJK = "CJK UNIFIED IDEOGRAPH-";
    private static final int S_BASE = 0xAC00;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int S_COUNT = 19 * V_COUNT * T_COUNT;
    /** The short names of the leading consonants, vowels and trailing consonants (Jamo.txt). */
    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K",
            "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
            "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TRAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP",
            "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    /** CPython refuses longer names before looking (NAME_MAXLEN). */
    public static final int MAX_LENGTH = 256;

    /** The name of {@code cp}, or null where it has none. */
    public static String name(int cp) {
        if (!UnicodeTables.get().isAssigned(cp) || Character.getType(cp) == Character.CONTROL) {
            return null;
        }
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return HANGUL + LEADS[s / (V_COUNT * T_COUNT)] + VOWELS[s % (V_COUNT * T_COUNT) / T_COUNT] + TRAILS[s % T_COUNT];
        }
        String name = Character.getName(cp);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (name != null && block != null && name.equals(block.toString().replace('_', ' ') + " " + hex)) {
            // Java's name for a character UnicodeData.txt gives no name of its own.
            return block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS") ? CJK + hex : null;
        }
        return name;
    }

    /**
     * The characters {@code name} stands for: one, or several for a named sequence when {@code sequences}
     * allows them (unicodedata.lookup does, \N{...} does not); null for a name that stands for none.
     * Names and aliases match in any case of ASCII letters; the names made from code points only in upper case.
     */
    public static String lookup(String name, boolean sequences) {
        if (name.startsWith(HANGUL)) {
            int cp = hangul(name.substring(HANGUL.length()));
            return cp < 0 ? null : Character.toString(cp);
        }
        if (name.startsWith(CJK)) {
            String hex = name.substring(CJK.length());
            boolean wellFormed = (hex.length() == 4 || hex.length() == 5) && hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F');
            return wellFormed && name.equals(name(Integer.parseInt(hex, 16))) ? Character.toString(Integer.parseInt(hex, 16)) : null;
        }
        if (!name.chars().allMatch(c -> c > ' ' && c < 0x7F || c == ' ')) {
            return null;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        try {
            int cp = Character.codePointOf(name);
            if (upper.equals(name(cp))) {
                return Character.toString(cp);
            }
        } catch (IllegalArgumentException unknown) {
            // not a character's own name: perhaps an alias
        }
        UnicodeTables tables = UnicodeTables.get();
        int alias = tables.alias(upper);
        if (alias >= 0) {
            return Character.toString(alias);
        }
        return sequences ? tables.namedSequence(upper) : null;
    }

    /** The syllable the rest of a "HANGUL SYLLABLE ..." name spells, or -1: each jamo the longest that matches. */
    private static int hangul(String jamos) {
        int[] at = {0};
        int lead = longest(LEADS, jamos, at);
        int vowel = longest(VOWELS, jamos, at);
        int trail = longest(TRAILS, jamos, at);
        if (lead < 0 || vowel < 0 || trail < 0 || at[0] != jamos.length()) {
            return -1;
        }
        return S_BASE + (lead * V_COUNT + vowel) * T_COUNT + trail;
    }

    /** The index of the longest of {@code names} at {@code at[0]} in {@code text} (advancing it), or -1. */
    private static int longest(String[] names, String text, int[] at) {
        int best = -1;
        for (int i = 0; i < names.length; i++) {
            if (text.startsWith(names[i], at[0]) && (best < 0 || names[i].length() > names[best].length())) {
                best = i;
            }
        }
        if (best >= 0) {
            at[0] += names[best].length();
        }
        return best;
    }
}
