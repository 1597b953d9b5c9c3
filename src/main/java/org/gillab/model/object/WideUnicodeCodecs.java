package org.gillab.model.object;

import java.io.ByteArrayOutputStream;

/**
 * UTF-16 and UTF-32 in either byte order, with or without a byte order mark, as CPython's codecs write and
 * read them (Objects/unicodeobject.c): "utf-16" and "utf-32" write a little-endian mark and read either
 * mark (little-endian without one), the "-le"/"-be" forms have none. Errors carry CPython's reasons and
 * ranges ("truncated data", "illegal UTF-16 surrogate"...) and the name of the byte order read.
 */
final class WideUnicodeCodecs {
    private WideUnicodeCodecs() {}

    /** True for the names {@link #encode} and {@link #decode} take (Codecs' canonical spellings). */
    static boolean handles(String name) {
        return switch (name) {
            case "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be" -> true;
            default -> false;
        };
    }

    private static int width(String name) {
        return name.startsWith("utf-16") ? 2 : 4;
    }

    static byte[] encode(String s, String name, String errors) {
        int width = width(name);
        boolean little = !name.endsWith("-be");
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * width + 4);
        if (!name.endsWith("e")) { // "utf-16" and "utf-32": the mark first
            writeUnit(out, 0xfeff, width, little);
        }
        int[] points = s.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            if (c < 0xd800 || c > 0xdfff || errors.equals("surrogatepass")) {
                writePoint(out, c, width, little);
                continue;
            }
            // one surrogate at a time (UTF-8 takes a run); the handler's ASCII replacement goes in this encoding's units
            byte[] replacement = Codecs.encodeErrorReplacement(points, i, i + 1, name, "surrogates not allowed", errors);
            for (byte r : replacement) {
                writeUnit(out, r & 0xff, width, little);
            }
        }
        return out.toByteArray();
    }

    private static void writePoint(ByteArrayOutputStream out, int c, int width, boolean little) {
        if (width == 2 && c >= 0x10000) {
            writeUnit(out, 0xd800 | (c - 0x10000) >> 10, width, little);
            writeUnit(out, 0xdc00 | (c - 0x10000) & 0x3ff, width, little);
        } else {
            writeUnit(out, c, width, little);
        }
    }

    private static void writeUnit(ByteArrayOutputStream out, int unit, int width, boolean little) {
        for (int k = 0; k < width; k++) {
            out.write(unit >>> 8 * (little ? k : width - 1 - k) & 0xff);
        }
    }

    private static int readUnit(byte[] b, int at, int width, boolean little) {
        int unit = 0;
        for (int k = 0; k < width; k++) {
            unit |= (b[at + k] & 0xff) << 8 * (little ? k : width - 1 - k);
        }
        return unit;
    }

    static String decode(byte[] b, String name, String errors) {
        int width = width(name);
        boolean little = !name.endsWith("-be");
        int i = 0;
        if (!name.endsWith("e") && b.length >= width) { // "utf-16" and "utf-32" read a mark, if there is one
            if (readUnit(b, 0, width, true) == 0xfeff) {
                i = width;
            } else if (readUnit(b, 0, width, false) == 0xfeff) {
                i = width;
                little = false;
            }
        }
        String reported = (width == 2 ? "utf-16" : "utf-32") + (little ? "-le" : "-be");
        StringBuilder out = new StringBuilder(b.length / width);
        while (i < b.length) {
            if (b.length - i < width) {
                Codecs.decodeError(out, b, i, b.length, reported, "truncated data", errors);
                break;
            }
            int unit = readUnit(b, i, width, little);
            if (width == 4) {
                String problem = unit >= 0xd800 && unit <= 0xdfff && !errors.equals("surrogatepass")
                        ? "code point in surrogate code point range(0xd800, 0xe000)"
                        : unit < 0 || unit > 0x10ffff ? "code point not in range(0x110000)" : null;
                if (problem != null) {
                    Codecs.decodeError(out, b, i, i + 4, reported, problem, errors);
                } else {
                    out.appendCodePoint(unit);
                }
                i += 4;
            } else {
                i = decodeUtf16Unit(b, i, unit, little, reported, errors, out);
            }
        }
        return out.toString();
    }

    /** One UTF-16 unit at {@code i} (and its low surrogate): returns where the next unit starts. */
    private static int decodeUtf16Unit(byte[] b, int i, int unit, boolean little, String name, String errors, StringBuilder out) {
        if (unit < 0xd800 || unit > 0xdfff || errors.equals("surrogatepass")) {
            if (unit >= 0xd800 && unit <= 0xdbff && i + 4 <= b.length) {
                int low = readUnit(b, i + 2, 2, little);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    out.appendCodePoint(Character.toCodePoint((char) unit, (char) low));
                    return i + 4;
                }
            }
            out.append((char) unit);
            return i + 2;
        }
        if (unit >= 0xdc00) {
            Codecs.decodeError(out, b, i, i + 2, name, "illegal encoding", errors);
            return i + 2;
        }
        if (i + 4 > b.length) {
            Codecs.decodeError(out, b, i, b.length, name, "unexpected end of data", errors);
            return b.length;
        }
        int low = readUnit(b, i + 2, 2, little);
        if (low < 0xdc00 || low > 0xdfff) {
            Codecs.decodeError(out, b, i, i + 2, name, "illegal UTF-16 surrogate", errors);
            return i + 2;
        }
        out.appendCodePoint(Character.toCodePoint((char) unit, (char) low));
        return i + 4;
    }
}
