package org.gillab.model.lib;

import java.time.Duration;
import java.util.stream.Stream;
import org.gillab.model.Interpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bz2 and lzma release the GIL while they compress and decompress, as CPython's _bz2module.c and
 * _lzmamodule.c do (Py_BEGIN_ALLOW_THREADS around BZ2_bzCompress and lzma_code): while the main thread
 * crunches, a thread spinning on a counter keeps running and holds the GIL through the call. The
 * decompressors wait for their decoder thread (PushDecoder) without the GIL too.
 */
class CompressorsReleaseTheGilTest {
    /**
     * What every call's setup starts with: the modules, a 4 MiB buffer for lzma and 1 MiB of hash output
     * for bz2 (commons-compress takes seconds over a megabyte of one short pattern repeated).
     */
    private static final String BIG = "import bz2, hashlib, lzma; big = bytes(range(256)) * (1 << 14); "
            + "noise = b''.join(hashlib.sha512(b'%d' % i).digest() for i in range(1 << 14)); ";

    static Stream<Arguments> crunchingCalls() {
        return Stream.of(
                call("bz2.compress", "", "bz2.compress(noise)"),
                call("BZ2Compressor.compress", "c = bz2.BZ2Compressor()", "c.compress(noise); c.flush()"),
                call("bz2.decompress", "packed = bz2.compress(noise * 2)", "bz2.decompress(packed)"),
                call("lzma.compress", "", "lzma.compress(big)"),
                call("LZMACompressor.compress", "c = lzma.LZMACompressor(preset=9)", "c.compress(big); c.flush()"),
                call("LZMADecompressor.decompress", "packed = lzma.compress(big * 16); d = lzma.LZMADecompressor()",
                        "d.decompress(packed)"));
    }

    private static Arguments call(String name, String setup, String crunch) {
        return Arguments.of(name, SpinningThread.around(BIG + setup, crunch, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crunchingCalls")
    void anotherThreadRunsWhileTheMainThreadCrunches(String call, String program) {
        try (Interpreter py = Interpreter.builder().build()) {
            SpinningThread.assertHelperRanDuringTheCall(py, program, call, "crunched", Duration.ofSeconds(120));
        }
    }
}
