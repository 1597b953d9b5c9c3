package org.gillab.model.lib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _hashlib module (Modules/_hashopenssl.c with Modules/hashlib.h) over Java's MessageDigest, and
 * _sha512 (Modules/sha512module.c) on the same hash objects: what Lib/hashlib.py (the model's
 * hashlib.py) offers. Written for the model, not copied.
 *
 * The GIL, as CPython 3.11 handles it: an update with at least {@link #GIL_MINSIZE} bytes gives the
 * object a lock and hashes with the GIL released (EVP_update); from then on every update of that object
 * releases it. A constructor given that much data hashes without the GIL too (the object is not shared
 * yet). digest, hexdigest and copy take the object's lock, releasing the GIL only while they wait for it
 * (ENTER_HASHLIB). The bytes are a snapshot ({@link Buffers}), so a bytearray changed meanwhile cannot
 * tear the input.
 */
final class HashlibModule {
    private HashlibModule() {}

    /** _hashlib.UnsupportedDigestmodError: a ValueError for an algorithm there is none of. */
    static final PyType UNSUPPORTED = PyType.builder("UnsupportedDigestmodError").base(PyErrors.VALUE_ERROR).subclassable()
            .attribute("__module__", PyStr.constant("_hashlib")).build();

    /**
     * What OpenSSL says of a digest it does not have (_hashlib.new and pbkdf2_hmac raise it): hashlib.new
     * then raises its own "unsupported hash type NAME" while handling this one, as CPython's does.
     */
    static final String UNSUPPORTED_MESSAGE = "[digital envelope routines] unsupported";

    /** HASHLIB_GIL_MINSIZE: smaller updates are not worth dropping and retaking the GIL. */
    static final int GIL_MINSIZE = 2048;

    /**
     * An algorithm: its Python name, Java name (null for a SHAKE), the SHAKE it is (null for a digest of a
     * fixed size), block size (the digest size is the digest's), the other spelling _hashlib's own table
     * accepts (exactly as written; null when none beyond OpenSSL's names), and the names OpenSSL 3 knows it
     * by (its names, aliases and OID), which it matches in any case.
     */
    private record Algorithm(String name, String javaName, Shake.Variant xof, int blockSize, String alias,
                             List<String> opensslNames) {
        Algorithm(String name, String javaName, int blockSize, String... opensslNames) {
            this(name, javaName, null, blockSize, null, List.of(opensslNames));
        }

        Algorithm(String name, String javaName, int blockSize, String alias, List<String> opensslNames) {
            this(name, javaName, null, blockSize, alias, opensslNames);
        }

        /** An extendable-output function, which _hashlib makes HASHXOF objects of. */
        static Algorithm xof(Shake.Variant variant, String... opensslNames) {
            return new Algorithm(variant.name, null, variant, variant.rateBytes, null, List.of(opensslNames));
        }

        MessageDigest newDigest() {
            if (xof != null) {
                return new Shake(xof);
            }
            try {
                return MessageDigest.getInstance(javaName);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has " + javaName, e);
            }
        }

        /** Whether OpenSSL's EVP_MD_fetch finds this algorithm by {@code name}: it ignores ASCII case only. */
        boolean opensslNamed(String name) {
            return name.chars().allMatch(c -> c < 128) && opensslNames.stream().anyMatch(n -> n.equalsIgnoreCase(name));
        }
    }

    /** The algorithms, in the order hashlib's algorithms_guaranteed lists them (blake2 is _blake2's). */
    private static final List<Algorithm> ALGORITHMS = List.of(
            new Algorithm("md5", "MD5", 64, "MD5", "SSL3-MD5", "1.2.840.113549.2.5"),
            new Algorithm("sha1", "SHA-1", 64, "SHA1", "SHA-1", "SSL3-SHA1", "1.3.14.3.2.26"),
            new Algorithm("sha224", "SHA-224", 64, "SHA2-224", "SHA-224", "SHA224", "2.16.840.1.101.3.4.2.4"),
            new Algorithm("sha256", "SHA-256", 64, "SHA2-256", "SHA-256", "SHA256", "2.16.840.1.101.3.4.2.1"),
            new Algorithm("sha384", "SHA-384", 128, "SHA2-384", "SHA-384", "SHA384", "2.16.840.1.101.3.4.2.2"),
            new Algorithm("sha512", "SHA-512", 128, "SHA2-512", "SHA-512", "SHA512", "2.16.840.1.101.3.4.2.3"),
            new Algorithm("sha3_224", "SHA3-224", 144, "SHA3-224", "2.16.840.1.101.3.4.2.7"),
            new Algorithm("sha3_256", "SHA3-256", 136, "SHA3-256", "2.16.840.1.101.3.4.2.8"),
            new Algorithm("sha3_384", "SHA3-384", 104, "SHA3-384", "2.16.840.1.101.3.4.2.9"),
            new Algorithm("sha3_512", "SHA3-512", 72, "SHA3-512", "2.16.840.1.101.3.4.2.10"),
            Algorithm.xof(Shake.Variant.SHAKE_128, "SHAKE-128", "SHAKE128", "2.16.840.1.101.3.4.2.11"),
            Algorithm.xof(Shake.Variant.SHAKE_256, "SHAKE-256", "SHAKE256", "2.16.840.1.101.3.4.2.12"),
            new Algorithm("sha512_224", "SHA-512/224", 128, "SHA512_224",
                    List.of("SHA2-512/224", "SHA-512/224", "SHA512-224", "2.16.840.1.101.3.4.2.5")),
            new Algorithm("sha512_256", "SHA-512/256", 128, "SHA512_256",
                    List.of("SHA2-512/256", "SHA-512/256", "SHA512-256", "2.16.840.1.101.3.4.2.6")));

    /**
     * The algorithm a digest name means, as _hashlib's py_digest_by_name finds it: hashlib's own names
     * (and the aliases SHA512_224 and SHA512_256) exactly as spelled, else any of OpenSSL's names for it,
     * in any case. So "SHA256" and "sha-256" are sha256 (OpenSSL's names), but "SHA3_256" is nothing:
     * OpenSSL spells it SHA3-256. Null when neither knows the name.
     */
    private static Algorithm algorithm(String name) {
        for (Algorithm a : ALGORITHMS) {
            if (a.name.equals(name) || name.equals(a.alias)) {
                return a;
            }
        }
        for (Algorithm a : ALGORITHMS) {
            if (a.opensslNamed(name)) {
                return a;
            }
        }
        return null;
    }

    /** A hash object (EVPobject): the algorithm, the digest so far, and the lock once it is needed. */
    static final class Hash extends PyInstance {
        private final Algorithm algorithm;
        private final MessageDigest digest;
        private final ReentrantLock lock = new ReentrantLock();
        /** Set by the first big update: then every update releases the GIL (self->lock != NULL). */
        private volatile boolean threaded;

        Hash(ThreadState ts, PyType type, Algorithm algorithm, MessageDigest digest) {
            super(ts, type);
            this.algorithm = algorithm;
            this.digest = digest;
        }

        void update(InterpreterState interp, ThreadState ts, PyObject data) {
            byte[] bytes = hashable(data);
            if (!threaded && bytes.length >= GIL_MINSIZE) {
                threaded = true;
            }
            if (threaded) {
                interp.allowThreads(ts, () -> {
                    lock.lock();
                    try {
                        digest.update(bytes);
                    } finally {
                        lock.unlock();
                    }
                    return null;
                });
            } else {
                locked(interp, ts, () -> {
                    digest.update(bytes);
                    return null;
                });
            }
        }

        /** The digest of what was fed so far; the object can still be updated, as hashlib's can. */
        byte[] finish(InterpreterState interp, ThreadState ts) {
            return locked(interp, ts, () -> cloned().digest());
        }

        /** A SHAKE's first {@code length} bytes of output for what was fed so far (EVPXOF_digest). */
        byte[] finish(InterpreterState interp, ThreadState ts, int length) {
            return locked(interp, ts, () -> ((Shake) digest).squeeze(length));
        }

        Hash copy(InterpreterState interp, ThreadState ts) {
            return new Hash(ts, type(), algorithm, locked(interp, ts, this::cloned));
        }

        private MessageDigest cloned() {
            try {
                return (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(algorithm.javaName + " digests of this JVM cannot be copied", e);
            }
        }

        /** ENTER_HASHLIB: the lock at once when it is free, else waited for with the GIL released. */
        private <T> T locked(InterpreterState interp, ThreadState ts, Supplier<T> work) {
            if (!lock.tryLock()) {
                interp.allowThreads(ts, () -> {
                    lock.lock();
                    return null;
                });
            }
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        }

        /** _hashlib's objects say their algorithm and type (EVP_repr); _sha512's have the default repr. */
        @Override
        protected String builtinRepr() {
            return type().moduleName().equals("_hashlib")
                    ? "<" + algorithm.name + " " + type().name() + " object @ " + address() + ">" : defaultRepr();
        }
    }

    /** GET_BUFFER_VIEW_OR_ERROUT: the bytes to hash, with CPython's messages for a str and a non-buffer. */
    private static byte[] hashable(PyObject data) {
        if (data instanceof PyStr) {
            throw PyErrors.typeError("Strings must be encoded before hashing");
        }
        return Buffers.bytesLike(data, "object supporting the buffer API required");
    }

    private static PyType hashType(String module, String name, InterpreterState interp) {
        return hashTypeBuilder(module, name, interp).build();
    }

    private static PyType.Builder hashTypeBuilder(String module, String name, InterpreterState interp) {
        return PyType.builder(name)
                .attribute("__module__", PyStr.constant(module))
                .method("update", (self, args) -> {
                    ((Hash) self).update(interp, args.thread(), args.oneArg("HASH.update"));
                    return PyNone.NONE;
                })
                .method("digest", (self, args) -> {
                    args.noArgs("HASH.digest");
                    return new PyBytes(args.thread(), ((Hash) self).finish(interp, args.thread()), false);
                })
                .method("hexdigest", (self, args) -> {
                    args.noArgs("HASH.hexdigest");
                    return new PyStr(args.thread(), HexFormat.of().formatHex(((Hash) self).finish(interp, args.thread())));
                })
                .method("copy", (self, args) -> {
                    args.noArgs("HASH.copy");
                    return ((Hash) self).copy(interp, args.thread());
                })
                .getter("name", (ts, self) -> PyStr.constant(((Hash) self).algorithm.name))
                .getter("digest_size", (ts, self) -> PyInt.of(ts, ((Hash) self).digest.getDigestLength()))
                .getter("block_size", (ts, self) -> PyInt.of(ts, ((Hash) self).algorithm.blockSize));
    }

    /**
     * _hashlib.HASHXOF, HASH's subclass for the SHAKEs: digest(length) and hexdigest(length) take the
     * output's length (digest_size is 0).
     */
    private static PyType xofType(PyType hash, InterpreterState interp) {
        return PyType.builder("HASHXOF").base(hash)
                .attribute("__module__", PyStr.constant("_hashlib"))
                .method("digest", (self, args) -> new PyBytes(args.thread(), xofDigest(interp, self, args, "digest"), false))
                .method("hexdigest", (self, args) -> new PyStr(args.thread(),
                        HexFormat.of().formatHex(xofDigest(interp, self, args, "hexdigest"))))
                .build();
    }

    /**
     * The output of HASHXOF.digest(length) or hexdigest(length). A negative length is the error CPython's
     * C code runs into: digest's PyBytes_FromStringAndSize refuses it, hexdigest's allocation fails. A
     * length beyond a Java array is a MemoryError too, where CPython would try.
     */
    private static byte[] xofDigest(InterpreterState interp, PyObject self, Args args, String name) {
        if (args.size() + args.keywordNames().size() > 1) {
            throw PyErrors.typeError(name + "() takes at most 1 argument (" + (args.size() + args.keywordNames().size())
                    + " given)");
        }
        ThreadState ts = args.thread();
        long length = Clinic.ssize(ts, args.bind(name, 1, 1, "length")[0]);
        if (length < 0 && name.equals("digest")) {
            throw PyErrors.raise(PyErrors.SYSTEM_ERROR, "Negative size passed to PyBytes_FromStringAndSize");
        }
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw PyErrors.raiseEmpty(PyErrors.MEMORY_ERROR);
        }
        return ((Hash) self).finish(interp, ts, (int) length);
    }

    /** A new hash object of {@code algorithm}, fed {@code data} (null for none), without the GIL when it is big. */
    private static Hash newHash(InterpreterState interp, ThreadState ts, PyType type, Algorithm algorithm, PyObject data) {
        return newHash(interp, ts, type, algorithm, algorithm.newDigest(), data);
    }

    private static Hash newHash(InterpreterState interp, ThreadState ts, PyType type, Algorithm algorithm,
                                MessageDigest digest, PyObject data) {
        if (data != null) {
            byte[] bytes = hashable(data);
            if (bytes.length >= GIL_MINSIZE) {
                interp.allowThreads(ts, () -> {
                    digest.update(bytes);
                    return null;
                });
            } else {
                digest.update(bytes);
            }
        }
        return new Hash(ts, type, algorithm, digest);
    }

    static PyModule create(InterpreterState interp) {
        PyType hash = hashType("_hashlib", "HASH", interp);
        PyType xof = xofType(hash, interp);
        PyModule m = new PyModule("_hashlib", true)
                .add("HASH", hash)
                .add("HASHXOF", xof)
                .add("UnsupportedDigestmodError", UNSUPPORTED)
                .function("new", args -> {
                    PyObject[] a = args.bind("new", 1, 2, "name", "string", "usedforsecurity");
                    if (!(a[0] instanceof PyStr name)) {
                        throw PyErrors.typeError("name must be a string");
                    }
                    Algorithm algorithm = algorithm(name.value);
                    if (algorithm == null) {
                        throw PyErrors.raise(UNSUPPORTED, UNSUPPORTED_MESSAGE);
                    }
                    return newHash(interp, args.thread(), algorithm.xof == null ? hash : xof, algorithm, a[1]);
                })
                .function("pbkdf2_hmac", args -> Pbkdf2.derive(interp, args));
        ThreadState ts = ThreadState.current();
        PySet names = new PySet(ts, true);
        for (Algorithm algorithm : ALGORITHMS) {
            String function = "openssl_" + algorithm.name;
            m.function(function, args -> {
                PyObject[] a = args.bind(function, 0, 1, "string", "usedforsecurity");
                return newHash(interp, args.thread(), algorithm.xof == null ? hash : xof, algorithm, a[0]);
            });
            names.add(ts, PyStr.constant(algorithm.name));
        }
        m.dict().put(ts, "openssl_md_meth_names", names);
        ts.decref(names);
        return m;
    }

    /** _sha512: the one constructor random.seed uses, on objects of its own type (_sha512.sha512). */
    static PyModule sha512(InterpreterState interp) {
        PyType hash = hashType("_sha512", "sha512", interp);
        Algorithm sha512 = algorithm("sha512");
        return new PyModule("_sha512", true)
                .add("sha512", hash)
                .function("sha512", args -> {
                    PyObject[] a = args.bind("sha512", 0, 1, "string", "usedforsecurity");
                    return newHash(interp, args.thread(), hash, sha512, a[0]);
                });
    }

    /**
     * _blake2 (Modules/_blake2): the types blake2b and blake2s, which hashlib offers as constructors, on
     * hash objects like _hashlib's over {@link Blake2}.
     */
    static PyModule blake2(InterpreterState interp) {
        PyModule m = new PyModule("_blake2", true);
        for (Blake2.Flavour flavour : Blake2.Flavour.values()) {
            Algorithm algorithm = new Algorithm(flavour.name, null, flavour.blockBytes());
            PyType[] type = new PyType[1];
            type[0] = hashTypeBuilder("_blake2", flavour.name, interp)
                    .constructor(args -> {
                        PyObject[] a = args.bindPositionalOnly(flavour.name, 1, 0, 1, "", "digest_size", "key", "salt",
                                "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size",
                                "last_node", "usedforsecurity");
                        Blake2 digest = new Blake2(flavour, blake2Parameters(flavour, a));
                        return newHash(interp, args.thread(), type[0], algorithm, digest, a[0]);
                    })
                    .notBaseType()
                    .attribute("SALT_SIZE", PyInt.constant(flavour.saltBytes()))
                    .attribute("PERSON_SIZE", PyInt.constant(flavour.saltBytes()))
                    .attribute("MAX_KEY_SIZE", PyInt.constant(flavour.maxDigestBytes()))
                    .attribute("MAX_DIGEST_SIZE", PyInt.constant(flavour.maxDigestBytes()))
                    .build();
            m.add(flavour.name, type[0]);
        }
        return m;
    }

    /** The keyword arguments of blake2b()/blake2s() (slots 1 on, null when absent), checked as CPython checks them. */
    private static Blake2.Parameters blake2Parameters(Blake2.Flavour flavour, PyObject[] a) {
        int max = flavour.maxDigestBytes();
        int digestSize = a[1] == null ? max : Convert.toInt(a[1], flavour.name);
        if (digestSize < 1 || digestSize > max) {
            throw PyErrors.valueError("digest_size must be between 1 and " + max + " bytes");
        }
        byte[] key = blake2Bytes(a[2], "key", max);
        byte[] salt = blake2Bytes(a[3], "salt", flavour.saltBytes());
        byte[] person = blake2Bytes(a[4], "person", flavour.saltBytes());
        int fanout = blake2Byte(a[5], 1, 0, "fanout");
        int depth = blake2Byte(a[6], 1, 1, "depth");
        long leafSize = blake2Unsigned(a[7], "leaf_size", 32);
        long nodeOffset = blake2Unsigned(a[8], "node_offset", 8 * flavour.nodeOffsetBytes());
        int nodeDepth = blake2Byte(a[9], 0, 0, "node_depth");
        int innerSize = a[10] == null ? 0 : Convert.toInt(a[10], flavour.name);
        if (innerSize < 0 || innerSize > max) {
            throw PyErrors.valueError("inner_size must be between 0 and is " + max);
        }
        boolean lastNode = a[11] != null && a[11].truthy();
        return new Blake2.Parameters(digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth,
                innerSize, lastNode);
    }

    private static byte[] blake2Bytes(PyObject o, String name, int max) {
        byte[] bytes = o == null ? new byte[0] : Buffers.bytesLike(o);
        if (bytes.length > max) {
            throw PyErrors.valueError("maximum " + name + " length is " + max + " bytes");
        }
        return bytes;
    }

    /** A one-byte field of the parameter block, from {@code least} to 255. */
    private static int blake2Byte(PyObject o, int absent, int least, String name) {
        int value = o == null ? absent : Convert.toInt(o, name);
        if (value < least || value > 255) {
            throw PyErrors.valueError(name + " must be between " + least + " and 255");
        }
        return value;
    }

    /** An unsigned field of {@code bits} bits (leaf_size, node_offset), converted as C's unsigned long long. */
    private static long blake2Unsigned(PyObject o, String name, int bits) {
        if (o == null) {
            return 0;
        }
        java.math.BigInteger value = Clinic.integer(ThreadState.current(), o,
                () -> PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer"));
        if (value.signum() < 0) {
            throw PyErrors.valueError("value must be positive");
        }
        if (value.bitLength() > 64) {
            throw PyErrors.overflowError("int too big to convert");
        }
        if (value.bitLength() > bits) {
            throw PyErrors.overflowError(name + " is too large");
        }
        return value.longValue();
    }

    /**
     * pbkdf2_hmac (PKCS5_PBKDF2_HMAC, RFC 8018) over this module's digests, computed with the GIL
     * released as CPython's is. HMAC is written out here because javax.crypto refuses an empty password.
     */
    private static final class Pbkdf2 {
        static PyObject derive(InterpreterState interp, Args args) {
            PyObject[] a = args.bind("pbkdf2_hmac", 4, 5, "hash_name", "password", "salt", "iterations", "dklen");
            if (!(a[0] instanceof PyStr name)) {
                throw PyErrors.badArgument("pbkdf2_hmac() argument 'hash_name'", "str", a[0]);
            }
            byte[] password = Buffers.bytesLike(a[1]);
            byte[] salt = Buffers.bytesLike(a[2]);
            ThreadState ts = args.thread();
            long iterations = Clinic.ssize(ts, a[3]);
            if (iterations < 1) {
                throw PyErrors.valueError("iteration value must be greater than 0.");
            }
            if (iterations > Integer.MAX_VALUE) {
                throw PyErrors.overflowError("iteration value is too great.");
            }
            Algorithm algorithm = algorithm(name.value);
            if (algorithm == null) {
                throw PyErrors.raise(UNSUPPORTED, UNSUPPORTED_MESSAGE);
            }
            if (algorithm.xof != null) { // OpenSSL's HMAC refuses an output of no fixed size, without a reason
                throw PyErrors.valueError("no reason supplied");
            }
            MessageDigest md = algorithm.newDigest();
            long length = a[4] == null || a[4] == PyNone.NONE ? md.getDigestLength() : Clinic.ssize(ts, a[4]);
            if (length < 1) {
                throw PyErrors.valueError("key length must be greater than 0.");
            }
            if (length > Integer.MAX_VALUE) {
                throw PyErrors.overflowError("key length is too great.");
            }
            byte[] key = interp.allowThreads(ts, () -> derive(md, algorithm.blockSize, password, salt, (int) iterations, (int) length));
            return new PyBytes(ts, key, false);
        }

        private static byte[] derive(MessageDigest md, int blockSize, byte[] password, byte[] salt, int iterations, int length) {
            byte[][] pads = pads(md, blockSize, password);
            int size = md.getDigestLength();
            byte[] out = new byte[length];
            for (int block = 1, done = 0; done < length; block++, done += size) {
                byte[] first = new byte[salt.length + 4];
                System.arraycopy(salt, 0, first, 0, salt.length);
                for (int i = 0; i < 4; i++) {
                    first[salt.length + i] = (byte) (block >>> (24 - 8 * i));
                }
                byte[] u = hmac(md, pads, first);
                byte[] t = u.clone();
                for (int i = 1; i < iterations; i++) {
                    u = hmac(md, pads, u);
                    for (int j = 0; j < size; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, out, done, Math.min(size, length - done));
            }
            return out;
        }

        /** The key XORed with ipad and opad (RFC 2104), a long key hashed first. */
        private static byte[][] pads(MessageDigest md, int blockSize, byte[] key) {
            byte[] k = key.length > blockSize ? md.digest(key) : key;
            byte[] inner = new byte[blockSize];
            byte[] outer = new byte[blockSize];
            for (int i = 0; i < blockSize; i++) {
                byte b = i < k.length ? k[i] : 0;
                inner[i] = (byte) (b ^ 0x36);
                outer[i] = (byte) (b ^ 0x5c);
            }
            return new byte[][] {inner, outer};
        }

        private static byte[] hmac(MessageDigest md, byte[][] pads, byte[] message) {
            md.update(pads[0]);
            md.update(message);
            byte[] inner = md.digest();
            md.update(pads[1]);
            return md.digest(inner);
        }
    }
}
