package org.gillab.model.object;

/**
 * An object of another package that exports its memory through the buffer protocol (bf_getbuffer):
 * what bytes(), bytearray(), memoryview(), struct and the other bytes-like consumers read. Such an
 * exporter hands over a copy of its bytes, so a consumer never sees them change under it.
 */
public interface BufferExporter {
    /** The object's memory, in its native layout: a fresh copy. */
    byte[] exportBytes();
}
