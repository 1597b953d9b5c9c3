package org.gillab.model.lib;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.channels.NonWritableChannelException;
import org.gillab.model.object.BufferExporter;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.SequenceItems;
import org.gillab.model.object.PyType;
import org.gillab.model.object.SubclassableObject;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.ViewedMemory;

/**
 * An mmap.mmap (Modules/mmapmodule.c's mmap_object): a file's bytes mapped into memory, or anonymous
 * memory, with a position for its file-like methods. How the bytes are held follows the map's mode:
 * READ_WRITE maps the file shared (writes reach it, and every thread sees them at once); READ_ONLY maps
 * it read-only; PRIVATE (copy-on-write) holds a copy of the file's bytes on the heap, which writes
 * change and the file never sees. Anonymous memory is a heap buffer. Memoryviews read and write the
 * bytes in place ({@link ViewedMemory}); bytes(m) and the other consumers get a copy ({@link BufferExporter});
 * iterating it gives bytes of length 1 ({@link SequenceItems}).
 * Every access happens under the object's monitor; {@link MmapModule} has its methods.
 */
final class PyMmap extends SubclassableObject implements ViewedMemory, BufferExporter, SequenceItems {
    /** mmap.ACCESS_*: their ordinals are the constants' values. */
    enum Access { DEFAULT, READ, WRITE, COPY }

    final Access access;
    private final MapMode mode;
    /** The map's own channel on its file (CPython's dup of the descriptor); null for anonymous memory. */
    private final FileChannel file;
    private final long offset;
    /** The bytes; null once closed. */
    private ByteBuffer memory;
    private int pos;
    private int exports;

    private PyMmap(ThreadState ts, PyType type, Access access, MapMode mode, FileChannel file, long offset, ByteBuffer memory) {
        super(ts, type);
        this.access = access;
        this.mode = mode;
        this.file = file;
        this.offset = offset;
        this.memory = memory;
    }

    /** Anonymous memory of {@code length} zero bytes (fileno -1). */
    static PyMmap anonymous(ThreadState ts, PyType type, Access access, MapMode mode, int length) {
        return new PyMmap(ts, type, access, mode, null, 0, ByteBuffer.allocate(length));
    }

    /** {@code length} bytes of {@code file} from {@code offset}; the map owns the channel from now on. */
    static PyMmap ofFile(ThreadState ts, PyType type, Access access, MapMode mode, FileChannel file, long offset, int length) {
        try {
            return new PyMmap(ts, type, access, mode, file, offset, map(file, mode, offset, length));
        } catch (RuntimeException e) {
            closeQuietly(file);
            throw e;
        }
    }

    /** A PRIVATE map is a copy of a read-only mapping, so that a file open only for reading can be mapped copy-on-write. */
    private static ByteBuffer map(FileChannel file, MapMode mode, long offset, int length) {
        try {
            if (mode == MapMode.READ_WRITE) {
                return file.map(MapMode.READ_WRITE, offset, length);
            }
            MappedByteBuffer mapped = file.map(MapMode.READ_ONLY, offset, length);
            return mode == MapMode.READ_ONLY ? mapped : ByteBuffer.allocate(length).put(mapped);
        } catch (NonWritableChannelException e) {
            throw PyErrors.osError(Errno.EACCES, null); // PROT_WRITE with MAP_SHARED on a read-only descriptor
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, null);
        }
    }

    private static void closeQuietly(FileChannel file) {
        try {
            file.close();
        } catch (IOException e) {
            // closing a channel we only read and wrote through its mapping: nothing to lose
        }
    }

    /** The bytes, or CPython's CHECK_VALID error. */
    private ByteBuffer open() {
        if (memory == null) {
            throw PyErrors.valueError("mmap closed or invalid");
        }
        return memory;
    }

    /** CHECK_VALID followed by the check of a method that writes. */
    private ByteBuffer writableMemory() {
        ByteBuffer bytes = open();
        if (readOnly()) {
            throw PyErrors.typeError("mmap can't modify a readonly memory map.");
        }
        return bytes;
    }

    /** CHECK_VALID: the ValueError of a closed map. */
    synchronized void checkOpen() {
        open();
    }

    /** The checks of the methods that write: open, and not read-only. */
    synchronized void checkWritable() {
        writableMemory();
    }

    synchronized boolean closed() {
        return memory == null;
    }

    /**
     * The native address of the mapped bytes, which ctypes' from_buffer views in place (a file's mapping,
     * shared with every process that maps it), or 0 for a map whose bytes live on the Java heap (anonymous,
     * copy-on-write) or that is closed. The caller keeps an export, so the mapping stays.
     */
    synchronized long nativeAddress() {
        return memory != null && memory.isDirect() ? Pointer.nativeValue(Native.getDirectBufferPointer(memory)) : 0;
    }

    @Override
    public boolean readOnly() {
        return access == Access.READ;
    }

    @Override
    public synchronized int length() {
        return open().capacity();
    }

    synchronized int position() {
        open();
        return pos;
    }

    synchronized void seek(long target) {
        if (target < 0 || target > open().capacity()) {
            throw PyErrors.valueError("seek out of range");
        }
        pos = (int) target;
    }

    /** size(): the file's size (fstat of the map's descriptor), not the map's; fstat(-1) fails for anonymous memory. */
    synchronized long fileSize() {
        open();
        if (file == null) {
            throw PyErrors.osError(Errno.EBADF, null);
        }
        try {
            return file.size();
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, null);
        }
    }

    synchronized byte get(int index) {
        return open().get(index);
    }

    /** mmap_item: iteration and reversed() read each byte as a bytes of length 1. */
    @Override
    public synchronized PyObject sequenceItem(ThreadState ts, long index) {
        if (index < 0 || index >= open().capacity()) {
            throw PyErrors.indexError("mmap index out of range");
        }
        return new PyBytes(ts, new byte[] {memory.get((int) index)}, false);
    }

    synchronized void set(int index, byte value) {
        writableMemory().put(index, value);
    }

    /** The next {@code n} bytes at most (all that are left when negative); the position moves past them. */
    synchronized byte[] read(long n) {
        int left = open().capacity() - pos;
        int count = n < 0 || n > left ? left : (int) n;
        byte[] out = gather(pos, 1, count);
        pos += count;
        return out;
    }

    synchronized byte readByte() {
        if (pos >= open().capacity()) {
            throw PyErrors.valueError("read byte out of range");
        }
        return memory.get(pos++);
    }

    /** The bytes up to and including the next newline, or to the end. */
    synchronized byte[] readline() {
        int end = open().capacity();
        int stop = pos;
        while (stop < end && memory.get(stop) != '\n') {
            stop++;
        }
        return read(Math.min(stop + 1, end) - pos);
    }

    synchronized void write(byte[] data) {
        ByteBuffer bytes = writableMemory();
        if (pos > bytes.capacity() - data.length) {
            throw PyErrors.valueError("data out of range");
        }
        bytes.put(pos, data);
        pos += data.length;
    }

    synchronized void writeByte(byte value) {
        ByteBuffer bytes = writableMemory();
        if (pos >= bytes.capacity()) {
            throw PyErrors.valueError("write byte out of range");
        }
        bytes.put(pos++, value);
    }

    /** move(dest, src, count): memmove within the map. */
    synchronized void move(long dest, long src, long count) {
        ByteBuffer bytes = writableMemory();
        long size = bytes.capacity();
        if (dest < 0 || src < 0 || count < 0 || size - dest < count || size - src < count) {
            throw PyErrors.valueError("source, destination, or count out of range");
        }
        bytes.put((int) dest, gather((int) src, 1, (int) count));
    }

    /**
     * The first (or with {@code last}, the last) index of {@code sub} within [start, end), as find and rfind
     * give it: negative bounds count from the end, both are clipped to the map; -1 when absent.
     */
    synchronized int find(byte[] sub, Long start, Long end, boolean last) {
        int size = open().capacity();
        int from = clip(start == null ? pos : start, size);
        int to = clip(end == null ? size : end, size);
        if (last) {
            for (int i = to - sub.length; i >= from; i--) {
                if (matches(sub, i)) {
                    return i;
                }
            }
        } else {
            for (int i = from; i <= to - sub.length; i++) {
                if (matches(sub, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int clip(long bound, int size) {
        long at = bound < 0 ? bound + size : bound;
        return (int) Math.max(0, Math.min(at, size));
    }

    private boolean matches(byte[] sub, int at) {
        for (int k = 0; k < sub.length; k++) {
            if (memory.get(at + k) != sub[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mapped file's buffer when writes to it must be forced to the file (msync); null for memory no
     * file sees (anonymous, read-only or copy-on-write maps). {@code offset} and {@code size} were checked.
     */
    synchronized MappedByteBuffer syncTarget() {
        ByteBuffer bytes = open();
        return file != null && mode == MapMode.READ_WRITE ? (MappedByteBuffer) bytes : null;
    }

    /**
     * resize(size): a file's map makes the file offset + size long (ftruncate) and maps it anew; anonymous
     * memory is copied into a new buffer. The position stays where it was, as CPython's does.
     */
    synchronized void resize(long newSize) {
        ByteBuffer old = open();
        if (access == Access.READ || access == Access.COPY) {
            throw PyErrors.typeError("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (exports > 0) {
            throw PyErrors.raise(PyErrors.BUFFER_ERROR, "mmap can't resize with extant buffers exported.");
        }
        if (newSize < 0 || newSize > Integer.MAX_VALUE - offset) {
            throw PyErrors.valueError("new size out of range");
        }
        if (newSize == 0) {
            throw PyErrors.osError(Errno.EINVAL, null); // mremap(2) refuses an empty map
        }
        int size = (int) newSize;
        ByteBuffer resized;
        if (file == null) {
            resized = ByteBuffer.allocate(size);
        } else {
            setFileLength(offset + size);
            resized = map(file, mode, offset, size);
        }
        if (file == null || mode == MapMode.PRIVATE) {
            // the bytes only this map holds carry over; a shared map's are the file's already
            resized.put(0, gather(0, 1, Math.min(size, old.capacity())));
        }
        memory = resized;
    }

    private void setFileLength(long length) {
        try {
            if (file.size() > length) {
                file.truncate(length);
            } else if (file.size() < length) {
                file.write(ByteBuffer.allocate(1), length - 1); // extends the file with zeros, as ftruncate does
            }
        } catch (NonWritableChannelException e) {
            throw PyErrors.osError(Errno.EINVAL, null);
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, null);
        }
    }

    /** close(): refused while views of the map are alive (mmap_close_method); a second close does nothing. */
    synchronized void close() {
        if (exports > 0) {
            throw PyErrors.raise(PyErrors.BUFFER_ERROR, "cannot close exported pointers exist");
        }
        drop();
    }

    /** Java unmaps the memory once the buffer is collected; the channel closes now. */
    private void drop() {
        memory = null;
        if (file != null) {
            closeQuietly(file);
        }
    }

    @Override
    public synchronized void export() {
        open();
        exports++;
    }

    @Override
    public synchronized void unexport() {
        exports--;
    }

    @Override
    public synchronized byte[] gather(int start, int step, int count) {
        ByteBuffer bytes = open();
        byte[] out = new byte[count];
        if (step == 1) {
            bytes.get(start, out);
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = bytes.get(start + i * step);
            }
        }
        return out;
    }

    @Override
    public synchronized void scatter(int start, int step, byte[] data) {
        ByteBuffer bytes = writableMemory();
        for (int i = 0; i < data.length; i++) {
            bytes.put(start + i * step, data[i]);
        }
    }

    @Override
    public synchronized byte[] exportBytes() {
        return gather(0, 1, open().capacity());
    }

    /** mmap_repr. */
    @Override
    protected synchronized String builtinRepr() {
        String name = type().name();
        if (memory == null) {
            return "<" + name + " closed=True>";
        }
        return "<" + name + " closed=False, access=ACCESS_" + access + ", length=" + memory.capacity() + ", pos=" + pos
                + ", offset=" + offset + ">";
    }

    @Override
    protected void release(ThreadState ts) {
        synchronized (this) {
            drop();
        }
        super.release(ts);
    }
}
