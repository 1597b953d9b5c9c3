package org.gillab.model.lib;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * SHAKE128 and SHAKE256, the extendable-output functions of FIPS 202 (the sponge over Keccak-p[1600, 24]
 * with the suffix 1111 and pad10*1), as a MessageDigest so that hashlib's hash objects can carry one:
 * what CPython's _hashlib.HASHXOF computes through OpenSSL. Written for the model from the standard, not
 * copied. The digest has no length of its own ({@link #engineGetDigestLength} is 0); {@link #squeeze}
 * gives any number of output bytes, from a copy, so the absorbed input stays and can be added to.
 */
final class Shake extends MessageDigest implements Cloneable {
    /** The two instances: their names and rates (the block, 1600 bits less twice the security strength). */
    enum Variant {
        SHAKE_128("shake_128", 168), SHAKE_256("shake_256", 136);

        final String name;
        final int rateBytes;

        Variant(String name, int rateBytes) {
            this.name = name;
            this.rateBytes = rateBytes;
        }
    }

    private static final int ROUNDS = 24;
    /** ρ's rotation of each lane (FIPS 202 Algorithm 2), by lane index x + 5y. */
    private static final int[] ROTATIONS = rotations();
    /** ι's round constants (Algorithm 6, from the LFSR of Algorithm 5). */
    private static final long[] ROUND_CONSTANTS = roundConstants();

    private final Variant variant;
    /** The 25 lanes of the state, lane (x, y) at x + 5y; each lane's bytes little-endian. */
    private long[] lanes = new long[25];
    /** The input not yet absorbed: less than a block. */
    private byte[] pending;
    private int pendingLength;

    Shake(Variant variant) {
        super(variant.name);
        this.variant = variant;
        this.pending = new byte[variant.rateBytes];
    }

    Variant variant() {
        return variant;
    }

    @Override
    protected int engineGetDigestLength() {
        return 0;
    }

    @Override
    protected void engineUpdate(byte input) {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int length) {
        int rate = variant.rateBytes;
        while (length > 0) {
            int take = Math.min(length, rate - pendingLength);
            System.arraycopy(input, offset, pending, pendingLength, take);
            pendingLength += take;
            offset += take;
            length -= take;
            if (pendingLength == rate) {
                absorb(pending);
                pendingLength = 0;
            }
        }
    }

    /** A digest of no bytes: a SHAKE's output is asked for by length, through {@link #squeeze}. */
    @Override
    protected byte[] engineDigest() {
        engineReset();
        return new byte[0];
    }

    @Override
    protected void engineReset() {
        lanes = new long[25];
        pendingLength = 0;
    }

    /**
     * The first {@code length} bytes of output for the input so far. Pads a copy of the last block (the
     * suffix bits 1111, then a 1 bit, zeros and a final 1 bit: the byte 0x1F and a top bit 0x80 at the end
     * of the block), absorbs it, and reads the rate's bytes of the state, permuting between blocks.
     */
    byte[] squeeze(int length) {
        int rate = variant.rateBytes;
        long[] state = lanes.clone();
        byte[] last = Arrays.copyOf(pending, rate);
        Arrays.fill(last, pendingLength, rate, (byte) 0);
        last[pendingLength] ^= 0x1F;
        last[rate - 1] ^= (byte) 0x80;
        xorBlock(state, last);
        permute(state);
        byte[] out = new byte[length];
        for (int done = 0; done < length; done += rate) {
            if (done > 0) {
                permute(state);
            }
            for (int i = 0; i < Math.min(rate, length - done); i++) {
                out[done + i] = (byte) (state[i >>> 3] >>> (8 * (i & 7)));
            }
        }
        return out;
    }

    private void absorb(byte[] block) {
        xorBlock(lanes, block);
        permute(lanes);
    }

    /** XORs a block of the rate's bytes into the state's first lanes, little-endian. */
    private void xorBlock(long[] state, byte[] block) {
        for (int i = 0; i < variant.rateBytes; i++) {
            state[i >>> 3] ^= (block[i] & 0xFFL) << (8 * (i & 7));
        }
    }

    /** Keccak-p[1600, 24] (Algorithm 7): the rounds θ, ρ, π, χ, ι on the lanes in place. */
    static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < ROUNDS; round++) {
            // θ: each lane takes the parities of the columns to its left and (rotated) to its right
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            // ρ and π: lane (x, y) rotated moves to (y, 2x + 3y)
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            // χ: each bit flipped where its row's next bit is 0 and the one after is 1
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            // ι
            a[0] ^= ROUND_CONSTANTS[round];
        }
    }

    /** Algorithm 2: lane (1, 0) rotates by 1, and each step to (y, 2x + 3y) by the next triangular number. */
    private static int[] rotations() {
        int[] offsets = new int[25];
        int x = 1;
        int y = 0;
        for (int t = 0; t < 24; t++) {
            offsets[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nextY = (2 * x + 3 * y) % 5;
            x = y;
            y = nextY;
        }
        return offsets;
    }

    /** Algorithm 6: round i's constant has bit 2^j - 1 set to rc(j + 7i), for j from 0 to 6. */
    private static long[] roundConstants() {
        long[] constants = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int j = 0; j <= 6; j++) {
                if (rc(j + 7 * round)) {
                    constants[round] |= 1L << ((1 << j) - 1);
                }
            }
        }
        return constants;
    }

    /**
     * Algorithm 5: bit t of the LFSR x^8 + x^6 + x^5 + x^4 + 1 started at 1. The register's bit k is R[k]
     * of the standard; each step shifts toward R[8] and feeds R[8] back into R[0], R[4], R[5] and R[6].
     */
    private static boolean rc(int t) {
        int r = 1;
        for (int i = 0; i < t % 255; i++) {
            r <<= 1;
            if ((r & 0x100) != 0) {
                r ^= 0x171; // R[8] back into bits 0, 4, 5, 6, and R[8] itself dropped
            }
        }
        return (r & 1) != 0;
    }

    @Override
    public Shake clone() throws CloneNotSupportedException {
        Shake copy = (Shake) super.clone();
        copy.lanes = lanes.clone();
        copy.pending = pending.clone();
        return copy;
    }
}
