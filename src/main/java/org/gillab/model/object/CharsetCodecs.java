package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The text encodings Java's charsets code (cp1252, koi8-r, shift_jis, ...), with CPython's errors. CPython
 * codes a single-byte encoding as a charmap codec (Lib/encodings/cp1252.py and its kind): its errors name
 * the 'charmap' codec, say "character maps to <undefined>", and an encode error spans the whole run of
 * characters the map lacks. A multibyte encoding (Modules/cjkcodecs) names itself and says "illegal
 * multibyte sequence", or "incomplete multibyte sequence" when the data ends inside a character.
 */
final class CharsetCodecs {
    private CharsetCodecs() {}

    /** A CPython codec that Java knows by another name, or under that name as another charset (IBM's cp932). */
    private record Alias(String python, String java) {}

    /** Each line: CPython's codec name, Java's charset, then the names (as Codecs spells them) that mean it. */
    private static final Map<String, Alias> ALIASES = aliases("""
            cp932 windows-31j 932 cp932 ms932 ms-kanji mskanji
            cp949 x-windows-949 949 cp949 ms949 uhc
            cp950 x-windows-950 950 cp950 ms950
            cp874 x-windows-874 cp874
            cp936 GBK 936 cp936 ms936
            mac_roman x-MacRoman mac-roman macintosh macroman
            mac_cyrillic x-MacCyrillic mac-cyrillic maccyrillic
            mac_greek x-MacGreek mac-greek macgreek
            mac_turkish x-MacTurkish mac-turkish macturkish
            mac_iceland x-MacIceland mac-iceland maciceland
            mac_latin2 x-MacCentralEurope mac-centeuro mac-latin2 maccentraleurope maclatin2
            iso2022_jp ISO-2022-JP csiso2022jp iso2022-jp iso2022jp iso-2022-jp
            iso2022_jp_2 ISO-2022-JP-2 iso2022-jp-2 iso2022jp-2 iso-2022-jp-2
            iso2022_kr ISO-2022-KR csiso2022kr iso2022-kr iso2022kr iso-2022-kr
            euc_jp EUC-JP euc-jp eucjp u-jis ujis
            euc_kr EUC-KR euc-kr euckr korean ks-c-5601 ks-c-5601-1987 ks-x-1001 ksc5601 ksx1001
            shift_jis Shift_JIS csshiftjis s-jis shift-jis shiftjis sjis
            tis_620 TIS-620 iso-ir-166 tis620 tis-620 tis-620-0 tis-620-2529-0 tis-620-2529-1
            iso8859_11 x-iso-8859-11 iso8859-11 iso-8859-11 iso-8859-11-2001 thai
            big5hkscs Big5-HKSCS big5-hkscs big5hkscs hkscs
            johab x-Johab cp1361 johab ms1361
            """);

    private static Map<String, Alias> aliases(String table) {
        Map<String, Alias> byName = new HashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] words = line.strip().split(" ");
            Alias alias = new Alias(words[0], words[1]);
            for (int i = 2; i < words.length; i++) {
                byName.put(words[i], alias);
            }
        }
        return Map.copyOf(byName);
    }

    static boolean handles(String name) {
        return charset(name) != null;
    }

    private static Charset charset(String name) {
        Alias alias = ALIASES.get(name);
        String javaName = alias == null ? name : alias.java();
        try {
            return Charset.isSupported(javaName) ? Charset.forName(javaName) : null;
        } catch (IllegalArgumentException badName) {
            return null;
        }
    }

    /** The name CPython's codec for {@code name} gives itself. */
    private static String pythonName(String name) {
        Alias alias = ALIASES.get(name);
        return alias == null ? name.replace('-', '_') : alias.python();
    }

    private static boolean singleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1;
    }

    /** How CPython's codec for {@code name} names itself in errors, and why it fails. */
    private record Reporting(String codec, String reason) {
        static Reporting of(String name, boolean singleByte) {
            return singleByte ? new Reporting("charmap", "character maps to <undefined>")
                    : new Reporting(pythonName(name), "illegal multibyte sequence");
        }
    }

    static byte[] encode(String s, String name, String errors) {
        Charset charset = charset(name);
        CharsetEncoder encoder = charset.newEncoder();
        CharsetEncoder probe = charset.newEncoder();
        boolean singleByte = singleByte(charset);
        Reporting reporting = Reporting.of(name, singleByte);
        int[] points = s.codePoints().toArray();
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer buffer = ByteBuffer.allocate(64 + (int) (s.length() * encoder.maxBytesPerChar()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        CoderResult result;
        do {
            result = encoder.encode(in, buffer, true);
            if (result.isError()) {
                int start = in.position();
                int end = start + result.length();
                while (singleByte && end < s.length() && !probe.canEncode(Character.toString(s.codePointAt(end)))) {
                    end += Character.charCount(s.codePointAt(end));
                }
                byte[] replacement = Codecs.encodeErrorReplacement(points, s.codePointCount(0, start),
                        s.codePointCount(0, end), reporting.codec(), reporting.reason(), errors);
                in.position(end);
                if (errors.equals("surrogateescape")) {
                    drain(buffer, out);
                    out.writeBytes(replacement); // the bytes the surrogates stood for, as they were
                } else {
                    encodeReplacement(encoder, replacement, buffer, out);
                }
            }
            drain(buffer, out);
        } while (!result.isUnderflow());
        while (encoder.flush(buffer).isOverflow()) {
            drain(buffer, out);
        }
        drain(buffer, out);
        return out.toByteArray();
    }

    /**
     * A handler's replacement, ASCII text, encoded as the rest of the text is, in the encoder's current state:
     * ISO-2022-JP shifts back to ASCII first, as CPython's multibyte codecs encode a replacement.
     */
    private static void encodeReplacement(CharsetEncoder encoder, byte[] replacement, ByteBuffer buffer,
            ByteArrayOutputStream out) {
        CharBuffer text = CharBuffer.wrap(new String(replacement, StandardCharsets.ISO_8859_1));
        while (encoder.encode(text, buffer, true).isOverflow()) {
            drain(buffer, out);
        }
    }

    static String decode(byte[] b, String name, String errors) {
        Charset charset = charset(name);
        var decoder = charset.newDecoder();
        boolean singleByte = singleByte(charset);
        Reporting reporting = Reporting.of(name, singleByte);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer buffer = CharBuffer.allocate(64 + b.length);
        StringBuilder out = new StringBuilder(b.length);
        CoderResult result;
        do {
            result = decoder.decode(in, buffer, true);
            drain(buffer, out);
            if (result.isError()) {
                int start = in.position();
                int end = start + result.length();
                boolean incomplete = result.isMalformed() && end >= b.length && !singleByte;
                Codecs.decodeError(out, b, start, end, reporting.codec(),
                        incomplete ? "incomplete multibyte sequence" : reporting.reason(), errors);
                in.position(end);
            }
        } while (!result.isUnderflow());
        while (decoder.flush(buffer).isOverflow()) {
            drain(buffer, out);
        }
        drain(buffer, out);
        return out.toString();
    }

    private static void drain(ByteBuffer buffer, ByteArrayOutputStream out) {
        out.write(buffer.array(), 0, buffer.position());
        ((Buffer) buffer).clear();
    }

    private static void drain(CharBuffer buffer, StringBuilder out) {
        out.append(buffer.array(), 0, buffer.position());
        ((Buffer) buffer).clear();
    }
}
