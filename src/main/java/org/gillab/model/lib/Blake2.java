package org.gillab.model.lib;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * BLAKE2b and BLAKE2s (RFC 7693, with the parameter block of the BLAKE2 paper: salt, personalization
 * and tree hashing), as a MessageDigest so that hashlib's hash objects can carry it: what CPython's
 * Modules/_blake2 computes. Written for the model from the RFC, not copied. Both flavours run on longs:
 * BLAKE2s's 32-bit words are kept masked.
 */
final class Blake2 extends MessageDigest implements Cloneable {
    /** A flavour: its word size, rounds and rotations (RFC 7693 section 2.1), and initialization vector. */
    enum Flavour {
        B("blake2b", 8, 12, new int[] {32, 24, 16, 63}, -1L),
        S("blake2s", 4, 10, new int[] {16, 12, 8, 7}, 0xFFFF_FFFFL);

        final String name;
        final int wordBytes;
        final int rounds;
        final int[] rotations;
        final long mask;
        final long[] iv = new long[8];

        Flavour(String name, int wordBytes, int rounds, int[] rotations, long mask) {
            this.name = name;
            this.wordBytes = wordBytes;
            this.rounds = rounds;
            this.rotations = rotations;
            this.mask = mask;
            for (int i = 0; i < 8; i++) {
                // BLAKE2s's vector is the high halves of BLAKE2b's (SHA-256's and SHA-512's)
                iv[i] = wordBytes == 8 ? IV[i] : IV[i] >>> 32;
            }
        }

        int blockBytes() {
            return 16 * wordBytes;
        }

        /** The largest digest and key; also the size of the parameter block. */
        int maxDigestBytes() {
            return 8 * wordBytes;
        }

        /** The size of the salt and of the personalization. */
        int saltBytes() {
            return 2 * wordBytes;
        }

        /** The node offset field: 64 bits in BLAKE2b's parameter block, 48 in BLAKE2s's. */
        int nodeOffsetBytes() {
            return wordBytes == 8 ? 8 : 6;
        }
    }

    /** What hashlib.blake2b()/blake2s() take besides the data, checked by the caller. */
    record Parameters(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                      long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    private static final long[] IV = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
        0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};

    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** The columns, then the diagonals, that each round mixes (v's indices a, b, c, d). */
    private static final int[][] MIXES = {{0, 4, 8, 12}, {1, 5, 9, 13}, {2, 6, 10, 14}, {3, 7, 11, 15},
        {0, 5, 10, 15}, {1, 6, 11, 12}, {2, 7, 8, 13}, {3, 4, 9, 14}};

    private final Flavour flavour;
    private final Parameters parameters;
    private long[] h = new long[8];
    private byte[] buffer;
    private int buffered;
    private long counter;

    Blake2(Flavour flavour, Parameters parameters) {
        super(flavour.name);
        this.flavour = flavour;
        this.parameters = parameters;
        engineReset();
    }

    @Override
    protected int engineGetDigestLength() {
        return parameters.digestSize();
    }

    @Override
    protected void engineReset() {
        byte[] block = parameterBlock();
        for (int i = 0; i < 8; i++) {
            h[i] = flavour.iv[i] ^ word(block, i * flavour.wordBytes);
        }
        buffer = new byte[flavour.blockBytes()];
        buffered = 0;
        counter = 0;
        if (parameters.key().length > 0) {
            // a keyed hash starts with the key, zero-padded to a whole block
            System.arraycopy(parameters.key(), 0, buffer, 0, parameters.key().length);
            buffered = buffer.length;
        }
    }

    /** The parameter block of the BLAKE2 paper (section 2.8), little-endian. */
    private byte[] parameterBlock() {
        byte[] block = new byte[flavour.maxDigestBytes()];
        block[0] = (byte) parameters.digestSize();
        block[1] = (byte) parameters.key().length;
        block[2] = (byte) parameters.fanout();
        block[3] = (byte) parameters.depth();
        putLittleEndian(block, 4, 4, parameters.leafSize());
        putLittleEndian(block, 8, flavour.nodeOffsetBytes(), parameters.nodeOffset());
        int next = 8 + flavour.nodeOffsetBytes();
        block[next] = (byte) parameters.nodeDepth();
        block[next + 1] = (byte) parameters.innerSize();
        System.arraycopy(parameters.salt(), 0, block, 4 * flavour.wordBytes, parameters.salt().length);
        System.arraycopy(parameters.person(), 0, block, 6 * flavour.wordBytes, parameters.person().length);
        return block;
    }

    private static void putLittleEndian(byte[] block, int at, int bytes, long value) {
        for (int i = 0; i < bytes; i++) {
            block[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private long word(byte[] bytes, int at) {
        long w = 0;
        for (int i = flavour.wordBytes - 1; i >= 0; i--) {
            w = (w << 8) | (bytes[at + i] & 0xFF);
        }
        return w;
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int length) {
        while (length > 0) {
            // a full buffer is compressed only once more input comes: the last block is compressed apart
            if (buffered == buffer.length) {
                counter += buffer.length;
                compress(false);
                buffered = 0;
            }
            int n = Math.min(length, buffer.length - buffered);
            System.arraycopy(input, offset, buffer, buffered, n);
            buffered += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    protected byte[] engineDigest() {
        counter += buffered;
        Arrays.fill(buffer, buffered, buffer.length, (byte) 0);
        compress(true);
        byte[] digest = new byte[parameters.digestSize()];
        for (int i = 0; i < digest.length; i++) {
            digest[i] = (byte) (h[i / flavour.wordBytes] >>> (8 * (i % flavour.wordBytes)));
        }
        engineReset();
        return digest;
    }

    /** The compression function F (RFC 7693 section 3.2) on the buffered block. */
    private void compress(boolean last) {
        long mask = flavour.mask;
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(buffer, i * flavour.wordBytes);
        }
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(flavour.iv, 0, v, 8, 8);
        int bits = 8 * flavour.wordBytes;
        v[12] ^= counter & mask;
        v[13] ^= bits == 64 ? 0 : counter >>> 32;
        if (last) {
            v[14] ^= mask;
            if (parameters.lastNode()) {
                v[15] ^= mask;
            }
        }
        int[] r = flavour.rotations;
        for (int round = 0; round < flavour.rounds; round++) {
            int[] s = SIGMA[round % 10];
            for (int j = 0; j < 8; j++) {
                int a = MIXES[j][0], b = MIXES[j][1], c = MIXES[j][2], d = MIXES[j][3];
                long x = m[s[2 * j]], y = m[s[2 * j + 1]];
                v[a] = (v[a] + v[b] + x) & mask;
                v[d] = rotate(v[d] ^ v[a], r[0], bits, mask);
                v[c] = (v[c] + v[d]) & mask;
                v[b] = rotate(v[b] ^ v[c], r[1], bits, mask);
                v[a] = (v[a] + v[b] + y) & mask;
                v[d] = rotate(v[d] ^ v[a], r[2], bits, mask);
                v[c] = (v[c] + v[d]) & mask;
                v[b] = rotate(v[b] ^ v[c], r[3], bits, mask);
            }
        }
        for (int i = 0; i < 8; i++) {
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static long rotate(long x, int n, int bits, long mask) {
        return ((x >>> n) | (x << (bits - n))) & mask;
    }

    @Override
    public Blake2 clone() throws CloneNotSupportedException {
        Blake2 copy = (Blake2) super.clone();
        copy.h = h.clone();
        copy.buffer = buffer.clone();
        return copy;
    }
}
