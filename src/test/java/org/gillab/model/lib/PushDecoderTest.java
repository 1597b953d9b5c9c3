package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

/**
 * PushDecoder's decoder thread: it ends at the end of its stream, and when its decompressor is freed
 * halfway through one (else every abandoned BZ2Decompressor or LZMADecompressor would keep a thread).
 */
class PushDecoderTest {
    private static final byte[] TEXT = "a line of text to compress\n".repeat(5000).getBytes();

    private static byte[] bzip2(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(data);
        }
        return out.toByteArray();
    }

    private static PushDecoder decoder() {
        return new PushDecoder(in -> new BZip2CompressorInputStream(in, false));
    }

    private static Thread decoderThread(PushDecoder d) {
        String name = "decompressor-" + Integer.toHexString(System.identityHashCode(d));
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void theThreadEndsWithTheStream() throws Exception {
        PushDecoder d = decoder();
        byte[] packed = bzip2(TEXT);
        byte[] tail = "after".getBytes();
        byte[] input = Arrays.copyOf(packed, packed.length + tail.length);
        System.arraycopy(tail, 0, input, packed.length, tail.length);
        assertArrayEquals(TEXT, d.decompress(input, -1));
        assertTrue(d.eof());
        assertArrayEquals(tail, d.unusedData());
        Thread thread = decoderThread(d);
        if (thread != null) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> thread.join());
        }
    }

    @Test
    void aFreedDecompressorEndsItsThread() throws Exception {
        PushDecoder d = decoder();
        byte[] packed = bzip2(TEXT);
        d.decompress(Arrays.copyOf(packed, packed.length / 2), -1);
        assertFalse(d.eof());
        Thread thread = decoderThread(d);
        assertTrue(thread != null && thread.isAlive(), "the decoder waits for the rest of the stream");
        d.close();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> thread.join());
    }
}
