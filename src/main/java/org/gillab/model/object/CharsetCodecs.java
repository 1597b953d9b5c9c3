package org.gillab.model.object;

import java.io.ByteArrayOutputStream;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;

/**
 * The text encodings Java's charsets code (cp1252, koi8-r, shift_jis, ...), with CPython's errors. CPython
 * codes a single-byte encoding as a charmap codec (Lib/encodings/cp1252.py and its kind): its errors name
 * the 'charmap' codec, say "character maps to <undefined>", and an encode error spans the whole run of
 * characters the map lacks. A multibyte encoding (Modules/cjkcodecs) names itself and says "illegal
 * multibyte sequence", or "incomplete multibyte sequence" when the data ends inside a character.
 */
final class CharsetCodecs {
    private CharsetCodecs() {}

    static boolean handles(String name) {
        return charset(name) != null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException badName) {
            return null;
        }
    }

    private static boolean singleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1;
    }

    /** How CPython's codec for {@code name} names itself in errors, and why it fails. */
    private record Reporting(String codec, String reason) {
        static Reporting of(String name, boolean singleByte) {
            return singleByte ? new Reporting("charmap", "character maps to <undefined>")
                    : new Reporting(name.replace('-', '_'), "illegal multibyte sequence");
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
                drain(buffer, out);
                out.writeBytes(Codecs.encodeErrorReplacement(points, s.codePointCount(0, start), s.codePointCount(0, end),
                        reporting.codec(), reporting.reason(), errors));
                in.position(end);
            }
            drain(buffer, out);
        } while (!result.isUnderflow());
        while (encoder.flush(buffer).isOverflow()) {
            drain(buffer, out);
        }
        drain(buffer, out);
        return out.toByteArray();
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
