package org.gillab.model.lib;

/**
 * CRC-32 (ISO 3309, the polynomial zlib and binascii use) and Adler-32 (RFC 1950), continued from a
 * given value as zlib.crc32(data, value) and binascii.crc32(data, crc) continue them; java.util.zip's
 * checksums always start from the initial value.
 */
final class Checksums {
    private Checksums() {}

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC_TABLE[n] = c;
        }
    }

    /** The CRC-32 of {@code data} continuing {@code crc} (0 to start), unsigned. */
    static long crc32(byte[] data, long crc) {
        int c = ~(int) crc;
        for (byte b : data) {
            c = CRC_TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return ~c & 0xFFFFFFFFL;
    }

    /** The Adler-32 of {@code data} continuing {@code adler} (1 to start), unsigned. */
    static long adler32(byte[] data, long adler) {
        final int mod = 65521;
        long a = adler & 0xFFFF;
        long b = (adler >>> 16) & 0xFFFF;
        int i = 0;
        while (i < data.length) {
            int end = Math.min(data.length, i + 5552); // the most bytes whose sums cannot overflow before the modulo
            for (; i < end; i++) {
                a += data[i] & 0xFF;
                b += a;
            }
            a %= mod;
            b %= mod;
        }
        return (b << 16) | a;
    }
}
