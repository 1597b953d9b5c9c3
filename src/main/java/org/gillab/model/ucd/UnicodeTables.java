package org.gillab.model.ucd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Unicode 13.0.0 data the model needs beyond java.lang.Character (whose data is 13.0.0 on Java 17):
 * which characters 13.0 assigns, their canonical combining classes, East Asian widths, decomposition
 * mappings and numeric values, and the name aliases and named sequences that unicodedata.lookup and
 * \N{...} accept. The resource {@code unicode-13.0.0.txt} is written by src/tools/ucd_tables.py; it is read
 * once, when first needed. The same properties CPython's Modules/unicodedata_db.h holds for 14.0.0.
 */
public final class UnicodeTables {
    /** The Unicode version every answer of the model's unicodedata is of (unicodedata.unidata_version). */
    public static final String VERSION = "13.0.0";

    /** A character's Numeric_Value, and its decimal and digit values (-1 where it has none). */
    public record Numeric(int decimal, int digit, double value) {}

    private static final class Holder {
        static final UnicodeTables TABLES = load();
    }

    public static UnicodeTables get() {
        return Holder.TABLES;
    }

    /** The East Asian widths the W lines give (N, the default, is never written). */
    private static final List<String> WIDTHS = List.of("A", "F", "H", "Na", "W");

    private final Ranges assigned = new Ranges();
    private final Ranges combining = new Ranges();
    private final Ranges widths = new Ranges();
    private final Map<Integer, String> decompositions = new HashMap<>();
    private final Map<Integer, Numeric> numerics = new HashMap<>();
    /** Aliases and named sequences by their names in upper case. */
    private final Map<String, Integer> aliases = new HashMap<>();
    private final Map<String, String> sequences = new HashMap<>();

    private UnicodeTables() {}

    private static UnicodeTables load() {
        UnicodeTables tables = new UnicodeTables();
        try (InputStream in = UnicodeTables.class.getResourceAsStream("unicode-" + VERSION + ".txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                tables.read(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private void read(String line) {
        String[] f = line.substring(2).split(line.charAt(0) == 'L' || line.charAt(0) == 'S' ? ";" : " ", 2);
        switch (line.charAt(0)) {
            case 'A' -> assigned.add(hex(f[0]), hex(f[1]), 0);
            case 'C' -> {
                String[] range = f[1].split(" ");
                combining.add(hex(f[0]), hex(range[0]), Integer.parseInt(range[1]));
            }
            case 'W' -> {
                String[] range = f[1].split(" ");
                widths.add(hex(f[0]), hex(range[0]), WIDTHS.indexOf(range[1]));
            }
            case 'D' -> decompositions.put(hex(f[0]), f[1]);
            case 'N' -> {
                String[] values = f[1].split(" ");
                numerics.put(hex(f[0]), new Numeric(digitValue(values[0]), digitValue(values[1]), rational(values[2])));
            }
            case 'L' -> aliases.put(f[0], hex(f[1]));
            case 'S' -> sequences.put(f[0], codePoints(f[1]));
            default -> { } // a comment
        }
    }

    private static int hex(String text) {
        return Integer.parseInt(text, 16);
    }

    private static int digitValue(String text) {
        return text.equals("-") ? -1 : Integer.parseInt(text);
    }

    /** "1/3" or "10000": the value as a double, as CPython's table stores it. */
    private static double rational(String text) {
        int slash = text.indexOf('/');
        return slash < 0 ? Double.parseDouble(text)
                : Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1));
    }

    private static String codePoints(String hexes) {
        StringBuilder out = new StringBuilder();
        for (String cp : hexes.split(" ")) {
            out.appendCodePoint(hex(cp));
        }
        return out.toString();
    }

    /** Whether Unicode 13.0 assigns {@code cp} (a character, a surrogate or a private-use code point). */
    public boolean isAssigned(int cp) {
        return assigned.find(cp) >= 0;
    }

    /** The canonical combining class (unicodedata.combining). */
    public int combining(int cp) {
        int i = combining.find(cp);
        return i < 0 ? 0 : combining.value(i);
    }

    /** The East Asian width: N for an assigned character the table leaves out, F (CPython's default) for the rest. */
    public String eastAsianWidth(int cp) {
        int i = widths.find(cp);
        if (i < 0) {
            return isAssigned(cp) ? "N" : "F";
        }
        return WIDTHS.get(widths.value(i));
    }

    /** The decomposition mapping as UnicodeData.txt writes it ("<compat> 0066 0069"), or "". */
    public String decomposition(int cp) {
        return decompositions.getOrDefault(cp, "");
    }

    /** The numeric values, or null for a character with none. */
    public Numeric numeric(int cp) {
        return numerics.get(cp);
    }

    /** The character a name alias (NameAliases.txt) stands for, or -1; {@code upperName} is in upper case. */
    public int alias(String upperName) {
        return aliases.getOrDefault(upperName, -1);
    }

    /** The characters of a named sequence (NamedSequences.txt), or null; {@code upperName} is in upper case. */
    public String namedSequence(String upperName) {
        return sequences.get(upperName);
    }

    /** Sorted, disjoint ranges of code points, each with a value; found by binary search. */
    private static final class Ranges {
        private int[] firsts = new int[64];
        private int[] lasts = new int[64];
        private int[] values = new int[64];
        private int size;

        void add(int first, int last, int value) {
            if (size == firsts.length) {
                firsts = Arrays.copyOf(firsts, size * 2);
                lasts = Arrays.copyOf(lasts, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            firsts[size] = first;
            lasts[size] = last;
            values[size++] = value;
        }

        /** The index of the range holding {@code cp}, or -1. */
        int find(int cp) {
            int i = Arrays.binarySearch(firsts, 0, size, cp);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && cp <= lasts[i] ? i : -1;
        }

        int value(int i) {
            return values[i];
        }
    }
}
