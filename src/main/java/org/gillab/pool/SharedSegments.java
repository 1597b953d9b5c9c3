package org.gillab.pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This process's Java mappings of POSIX shared memory segments (/dev/shm/NAME) that the model's
 * multiprocessing made with _posixshmem (heap.py's arenas), by name: one mapping of a segment however
 * many objects in it Java works on, dropped once none of them is left. The segment's name and its
 * removal stay the Python arena's business.
 */
final class SharedSegments {
    private static final Map<String, WeakReference<ByteBuffer>> MAPPED = new ConcurrentHashMap<>();

    private SharedSegments() {}

    /** The whole segment {@code name}, mapped read-write and shared with every process that maps it. */
    static ByteBuffer map(String name) {
        WeakReference<ByteBuffer> known = MAPPED.get(name);
        ByteBuffer mapped = known == null ? null : known.get();
        if (mapped == null) {
            mapped = open(name);
            MAPPED.put(name, new WeakReference<>(mapped));
        }
        return mapped;
    }

    private static ByteBuffer open(String name) {
        try (FileChannel file = FileChannel.open(Path.of("/dev/shm", name), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return file.map(FileChannel.MapMode.READ_WRITE, 0, file.size()); // the mapping outlives the channel
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
