package org.gillab.model.lib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;

/**
 * The _sha512 module (Modules/sha512module.c) over Java's SHA-512: what random.seed hashes a str or
 * bytes seed with, as CPython 3.11's random.py does. Written for the model, not copied.
 */
final class Sha512Module {
    private Sha512Module() {}

    /** A sha512 hash object: its digest so far. */
    static final class Hash extends PyInstance {
        final MessageDigest digest;

        Hash(ThreadState ts, PyType type, MessageDigest digest) {
            super(ts, type);
            this.digest = digest;
        }

        @Override
        public String repr() {
            return "<sha512 _hashlib.HASH object @ " + address() + ">";
        }
    }

    static PyModule create() {
        PyType[] hashType = new PyType[1];
        hashType[0] = PyType.builder("_sha512.sha512")
                .method("update", (self, args) -> {
                    args.expectPositional("update", 1, 1);
                    update((Hash) self, args.get(0));
                    return PyNone.NONE;
                })
                .method("digest", (self, args) -> new PyBytes(args.thread(), finish((Hash) self), false))
                .method("hexdigest", (self, args) -> new PyStr(args.thread(), HexFormat.of().formatHex(finish((Hash) self))))
                .method("copy", (self, args) -> new Hash(args.thread(), hashType[0], copy(((Hash) self).digest)))
                .getter("name", (ts, self) -> PyStr.constant("sha512"))
                .getter("digest_size", (ts, self) -> PyInt.of(ts, 64))
                .getter("block_size", (ts, self) -> PyInt.of(ts, 128))
                .build();
        return new PyModule("_sha512", true)
                .function("sha512", args -> {
                    PyObject[] a = args.bind("sha512", 0, "string");
                    Hash h = new Hash(args.thread(), hashType[0], newDigest());
                    if (a[0] != null) {
                        update(h, a[0]);
                    }
                    return h;
                });
    }

    private static void update(Hash h, PyObject data) {
        if (data instanceof PyStr) {
            throw PyErrors.typeError("Strings must be encoded before hashing");
        }
        if (!(data instanceof PyBytes bytes)) {
            throw PyErrors.typeError("object supporting the buffer API required");
        }
        synchronized (h.digest) {
            h.digest.update(bytes.value());
        }
    }

    /** The digest of what was fed so far; the object can still be updated, as hashlib's can. */
    private static byte[] finish(Hash h) {
        return copy(h.digest).digest();
    }

    private static MessageDigest copy(MessageDigest digest) {
        synchronized (digest) {
            try {
                return (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-512 digests of this JVM cannot be copied", e);
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-512", e);
        }
    }
}
