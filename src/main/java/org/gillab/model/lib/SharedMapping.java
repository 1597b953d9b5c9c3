package org.gillab.model.lib;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.ViewedMemory;

/**
 * A POSIX shared memory segment mapped into this process (what CPython's SharedMemory gets from
 * shm_open and mmap.mmap): the file /dev/shm/NAME, mapped read-write, so every process that maps it,
 * CPython's too, reads what the others write. memoryview(mapping) reads and writes it in place. Its
 * type is named after CPython's mmap.mmap, which a SharedMemory's buf.obj is; it has close(), closed
 * and size().
 */
final class SharedMapping extends PyInstance implements ViewedMemory {
    static final PyType TYPE = PyType.builder("mmap.mmap")
            .method("close", (self, args) -> {
                ((SharedMapping) self).close();
                return PyNone.NONE;
            })
            .method("size", (self, args) -> PyInt.of(args.thread(), ((SharedMapping) self).open().capacity()))
            .getter("closed", (ts, self) -> PyBool.of(((SharedMapping) self).buffer == null))
            .build();

    /** The mapped bytes; null once closed. */
    private MappedByteBuffer buffer;
    private int exports;

    private SharedMapping(ThreadState ts, MappedByteBuffer buffer) {
        super(ts, TYPE);
        this.buffer = buffer;
    }

    /**
     * Maps the segment {@code path} ("/NAME", as shm_open takes it): a new one of {@code size} bytes, only
     * readable and writable by its owner, when {@code create}, else the existing one, whole. FileExistsError
     * and FileNotFoundError name the path, as CPython's do.
     */
    static SharedMapping map(ThreadState ts, String path, boolean create, long size) {
        Path file = Path.of("/dev/shm", path.replaceFirst("^/+", ""));
        try (FileChannel channel = create
                ? FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // Mapping past the end of a new segment's file extends it, as ftruncate does for CPython.
            return new SharedMapping(ts, channel.map(FileChannel.MapMode.READ_WRITE, 0, create ? size : channel.size()));
        } catch (FileAlreadyExistsException e) {
            throw PyErrors.osError(Errno.EEXIST, path);
        } catch (NoSuchFileException e) {
            throw PyErrors.osError(Errno.ENOENT, path);
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, path);
        }
    }

    /** shm_unlink(path): removes the segment's name; mappings of it stay until closed. */
    static void unlink(String path) {
        try {
            java.nio.file.Files.delete(Path.of("/dev/shm", path.replaceFirst("^/+", "")));
        } catch (NoSuchFileException e) {
            throw PyErrors.osError(Errno.ENOENT, path);
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, path);
        }
    }

    private synchronized MappedByteBuffer open() {
        if (buffer == null) {
            throw PyErrors.valueError("mmap closed or invalid");
        }
        return buffer;
    }

    /** mmap.close(): refused while memoryviews of the mapping are alive (CPython's mmap_close_method). */
    private synchronized void close() {
        if (exports > 0) {
            throw PyErrors.raise(PyErrors.BUFFER_ERROR, "cannot close exported pointers exist");
        }
        buffer = null; // Java unmaps the memory once the buffer is collected
    }

    @Override
    public synchronized int length() {
        return open().capacity();
    }

    @Override
    public boolean readOnly() {
        return false;
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
        MappedByteBuffer memory = open();
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = memory.get(start + i * step);
        }
        return out;
    }

    @Override
    public synchronized void scatter(int start, int step, byte[] bytes) {
        MappedByteBuffer memory = open();
        for (int i = 0; i < bytes.length; i++) {
            memory.put(start + i * step, bytes[i]);
        }
    }
}
