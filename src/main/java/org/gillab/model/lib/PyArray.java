package org.gillab.model.lib;

import java.util.Arrays;
import org.gillab.model.object.BufferExporter;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyType;
import org.gillab.model.object.SubclassableObject;
import org.gillab.model.object.ThreadState;

/**
 * An array.array (Modules/arraymodule.c's arrayobject): items of one {@link ArrayTypecode} packed in a
 * byte buffer, {@code length} items of {@code itemsize} bytes. It holds no references but a subclass's
 * instance state. It exports its bytes through the buffer protocol (a copy: bytes(a), struct, memoryview).
 * Its methods are {@link ArrayModule}'s; every change happens under the array's monitor.
 */
final class PyArray extends SubclassableObject implements BufferExporter {
    final ArrayTypecode code;
    private byte[] data = new byte[0];
    private int length;

    PyArray(ThreadState ts, PyType type, ArrayTypecode code) {
        super(ts, type);
        this.code = code;
    }

    synchronized int length() {
        return length;
    }

    /** Item {@code index}'s bits; the caller checked the index. */
    synchronized long get(int index) {
        return code.read(data, index);
    }

    synchronized void set(int index, long bits) {
        code.write(data, index, bits);
    }

    /** The items' bits from {@code from} to {@code to} (by {@code step}), a copy. */
    synchronized long[] bits(int from, int step, int count) {
        long[] out = new long[count];
        for (int k = 0; k < count; k++) {
            out[k] = code.read(data, from + k * step);
        }
        return out;
    }

    synchronized long[] all() {
        return bits(0, 1, length);
    }

    /** Replaces items [from, to) with {@code items} (which may be longer or shorter). */
    synchronized void splice(int from, int to, long[] items) {
        int size = code.itemsize;
        int newLength = length - (to - from) + items.length;
        byte[] out = new byte[newLength * size];
        System.arraycopy(data, 0, out, 0, from * size);
        System.arraycopy(data, to * size, out, (from + items.length) * size, (length - to) * size);
        data = out;
        length = newLength;
        for (int k = 0; k < items.length; k++) {
            code.write(data, from + k, items[k]);
        }
    }

    /** Appends raw bytes (whole items). */
    synchronized void appendBytes(byte[] bytes) {
        byte[] out = Arrays.copyOf(data, length * code.itemsize + bytes.length);
        System.arraycopy(bytes, 0, out, length * code.itemsize, bytes.length);
        data = out;
        length += bytes.length / code.itemsize;
    }

    @Override
    public synchronized byte[] exportBytes() {
        return Arrays.copyOf(data, length * code.itemsize);
    }

    /** Reverses each item's bytes (byteswap). */
    synchronized void byteswap() {
        int size = code.itemsize;
        for (int at = 0; at < length * size; at += size) {
            for (int lo = at, hi = at + size - 1; lo < hi; lo++, hi--) {
                byte t = data[lo];
                data[lo] = data[hi];
                data[hi] = t;
            }
        }
    }

    @Override
    protected boolean builtinTruthy() {
        return length() > 0;
    }

    @Override
    protected long builtinHash() {
        return unhashable();
    }

    @Override
    protected String builtinRepr() {
        return ArrayModule.repr(ThreadState.current(), this);
    }
}
