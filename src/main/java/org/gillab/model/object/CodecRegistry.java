package org.gillab.model.object;

/**
 * str.encode and bytes.decode past {@link Codecs}' fast paths: the codec registry, which the model keeps in
 * codecs.py and asks through its _encode_text and _decode_text (Python/codecs.c's _PyCodec_EncodeText and
 * _PyCodec_DecodeText, with the checks of the codec's result that PyUnicode_AsEncodedString and
 * PyUnicode_Decode make).
 */
final class CodecRegistry {
    private CodecRegistry() {}

    static byte[] encode(String s, String encoding, String errors) {
        ThreadState ts = ThreadState.current();
        PyObject encoded = call(ts, "_encode_text", new PyStr(ts, s), encoding, errors);
        try {
            return ((PyBytes) encoded).value();
        } finally {
            ts.decref(encoded);
        }
    }

    static String decode(byte[] b, String encoding, String errors) {
        ThreadState ts = ThreadState.current();
        PyObject decoded = call(ts, "_decode_text", new PyBytes(ts, b, false), encoding, errors);
        try {
            return ((PyStr) decoded).value;
        } finally {
            ts.decref(decoded);
        }
    }

    /** codecs.{@code function}(subject, encoding, errors); takes subject's reference. */
    private static PyObject call(ThreadState ts, String function, PyObject subject, String encoding, String errors) {
        PyObject[] args = {subject, new PyStr(ts, encoding), new PyStr(ts, errors)};
        try {
            return ts.call(ts.invoker().importModule(ts, "codecs").dict().get(function), args);
        } finally {
            for (PyObject arg : args) {
                ts.decref(arg);
            }
        }
    }
}
