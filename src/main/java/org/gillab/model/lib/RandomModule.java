package org.gillab.model.lib;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.gillab.model.object.Args;
import org.gillab.model.object.Hashing;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The _random module (Modules/_randommodule.c): the Mersenne Twister MT19937 that random.py's methods
 * draw from, seeded as CPython seeds it (init_by_array over the 32-bit words of abs(seed), or of the
 * seed's hash for other hashable objects), so {@code random.seed(n)} gives CPython's exact sequence.
 * Written for the model, not copied. Each call is one step under the generator's own lock: atomic as a
 * C call is under the GIL, and under free-threading as CPython 3.13t's critical section makes it.
 */
final class RandomModule {
    private RandomModule() {}

    private static final int N = 624;
    private static final SecureRandom ENTROPY = new SecureRandom();
    private static final int M = 397;

    /** The generator's state: mt[] and the index of the next word to temper. */
    static final class Random extends PyInstance {
        private final int[] mt = new int[N];
        private int index = N;

        /** Unseeded: __init__ (random_init, or random.Random.__init__) seeds it. */
        Random(ThreadState ts, PyType type) {
            super(ts, type);
        }

        /** init_genrand. */
        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        /** init_by_array: the seeding every int seed goes through. */
        synchronized void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
            index = N;
        }

        /** random_seed_urandom: 624 words of the system's entropy. */
        void seedFromEntropy() {
            int[] key = new int[N];
            for (int i = 0; i < N; i++) {
                key[i] = ENTROPY.nextInt();
            }
            initByArray(key);
        }

        /** genrand_uint32: the next tempered 32-bit word (as the int's bits). */
        private int next32() {
            if (index >= N) {
                for (int k = 0; k < N; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
                    mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** random_random: 53 bits from two words, a in [0, 2**27), b in [0, 2**26). */
        synchronized double random() {
            long a = (next32() & 0xffffffffL) >>> 5;
            long b = (next32() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** getrandbits(k): whole words from the least significant up, the last one's top bits. */
        synchronized BigInteger bits(int k) {
            if (k <= 32) {
                return BigInteger.valueOf((next32() & 0xffffffffL) >>> (32 - k));
            }
            int words = (k - 1) / 32 + 1;
            byte[] bigEndian = new byte[words * 4];
            for (int w = 0; w < words; w++, k -= 32) {
                long r = next32() & 0xffffffffL;
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = bigEndian.length - 4 * (w + 1);
                bigEndian[at] = (byte) (r >>> 24);
                bigEndian[at + 1] = (byte) (r >>> 16);
                bigEndian[at + 2] = (byte) (r >>> 8);
                bigEndian[at + 3] = (byte) r;
            }
            return new BigInteger(1, bigEndian);
        }

        synchronized PyObject state(ThreadState ts) {
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) {
                items[i] = PyInt.of(ts, mt[i] & 0xffffffffL);
            }
            items[N] = PyInt.of(ts, index);
            return new PyTuple(ts, items);
        }

        synchronized void restore(int[] words, int next) {
            System.arraycopy(words, 0, mt, 0, N);
            index = next;
        }
    }

    static PyModule create() {
        PyType random = PyType.builder("_random.Random")
                .newInstance((cls, args) -> new Random(args.thread(), cls))
                .method("__init__", (self, args) -> {
                    if (args.keywordArray() != null) {
                        throw PyErrors.typeError("Random() takes no keyword arguments");
                    }
                    if (args.size() > 1) {
                        throw PyErrors.typeError("Random() requires 0 or 1 argument");
                    }
                    seed((Random) self, args.size() == 0 ? PyNone.NONE : args.get(0));
                    return PyNone.NONE;
                })
                .method("random", (self, args) -> {
                    args.expectPositional("random", 0, 0);
                    return new PyFloat(args.thread(), ((Random) self).random());
                })
                .method("seed", (self, args) -> {
                    args.expectPositional("seed", 0, 1);
                    seed((Random) self, args.size() == 0 ? PyNone.NONE : args.get(0));
                    return PyNone.NONE;
                })
                .method("getrandbits", (self, args) -> getrandbits((Random) self, args))
                .method("getstate", (self, args) -> {
                    args.expectPositional("getstate", 0, 0);
                    return ((Random) self).state(args.thread());
                })
                .method("setstate", (self, args) -> {
                    args.expectPositional("setstate", 1, 1);
                    setstate((Random) self, args.get(0));
                    return PyNone.NONE;
                })
                .build();
        return new PyModule("_random", true).add("Random", random);
    }

    /** random_seed: None seeds from entropy; an int by its absolute value; anything else by its hash. */
    private static void seed(Random self, PyObject arg) {
        if (arg == PyNone.NONE) {
            self.seedFromEntropy();
            return;
        }
        PyInt i = Numbers.asInt(arg);
        BigInteger n;
        if (i != null) {
            n = i.toBig().abs();
        } else {
            long hash = Hashing.hash(arg);
            n = BigInteger.valueOf(hash);
            if (hash < 0) {
                n = n.add(BigInteger.ONE.shiftLeft(64)); // (size_t) of the hash
            }
        }
        self.initByArray(words(n));
    }

    /** The 32-bit words of a non-negative int, least significant first; at least one. */
    private static int[] words(BigInteger n) {
        int bits = n.bitLength();
        int[] key = new int[bits == 0 ? 1 : (bits - 1) / 32 + 1];
        for (int w = 0; w < key.length; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        return key;
    }

    private static PyObject getrandbits(Random self, Args args) {
        args.expectPositional("getrandbits", 1, 1);
        PyInt k = Numbers.index(args.thread(), args.get(0));
        try {
            if (k.toBig().signum() < 0) {
                throw PyErrors.valueError("number of bits must be non-negative");
            }
            if (k.isBig() || k.value > Integer.MAX_VALUE) {
                throw PyErrors.overflowError("Python int too large to convert to C int");
            }
            return k.value == 0 ? PyInt.of(args.thread(), 0) : PyInt.of(args.thread(), self.bits((int) k.value));
        } finally {
            Numbers.releaseIndex(args.thread(), k, args.get(0));
        }
    }

    /** random_setstate: a tuple of 624 words and the index, as getstate gives. */
    private static void setstate(Random self, PyObject state) {
        if (!(state instanceof PyTuple tuple)) {
            throw PyErrors.typeError("state vector must be a tuple");
        }
        if (tuple.size() != N + 1) {
            throw PyErrors.valueError("state vector is the wrong size");
        }
        int[] words = new int[N];
        for (int i = 0; i < N; i++) {
            PyInt w = Numbers.asInt(tuple.get(i));
            if (w == null) {
                throw PyErrors.typeError("'" + tuple.get(i).type().name() + "' object cannot be interpreted as an integer");
            }
            BigInteger v = w.toBig();
            if (v.signum() < 0 || v.bitLength() > 64) {
                throw PyErrors.overflowError("Python int too large to convert to C unsigned long");
            }
            words[i] = v.intValue();
        }
        PyInt next = Numbers.asInt(tuple.get(N));
        if (next == null) {
            throw PyErrors.typeError("'" + tuple.get(N).type().name() + "' object cannot be interpreted as an integer");
        }
        if (next.isBig() || next.value < 0 || next.value > N) {
            throw PyErrors.valueError("invalid state");
        }
        self.restore(words, (int) next.value);
    }
}
