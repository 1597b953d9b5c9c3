package org.gillab.model.object;

/**
 * Memory that a memoryview reads and writes in place (the exporter of bf_getbuffer with a writable,
 * unreleased buffer): a bytes' or bytearray's, or an mmap's. While views are exported
 * the memory may not change size or go away.
 */
public interface ViewedMemory {
    /** The number of bytes. */
    int length();

    boolean readOnly();

    /** A view took the memory (ob_exports += 1). */
    void export();

    /** A view gave it back. */
    void unexport();

    /** {@code count} bytes from {@code start}, {@code step} apart (a memoryview's window, read). */
    byte[] gather(int start, int step, int count);

    /** Writes {@code bytes} from {@code start}, {@code step} apart (a memoryview's window, written through). */
    void scatter(int start, int step, byte[] bytes);
}
