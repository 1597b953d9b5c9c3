package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.stream.Stream;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * hashlib and zlib release the GIL while they crunch big buffers, as CPython's C code does
 * (Py_BEGIN_ALLOW_THREADS in _hashopenssl.c and zlibmodule.c): while the main thread hashes or
 * compresses, a thread spinning on a counter keeps running and holds the GIL through the call. And
 * hashlib keeps it for small updates, as CPython does below HASHLIB_GIL_MINSIZE (2048 bytes), until an
 * object's first big update gives it a lock: counted exactly by the main thread's GIL acquisitions, in a
 * program with no other thread.
 */
class HashingReleasesTheGilTest {
    /** What every call's setup starts with: the modules and a 32 MiB buffer to crunch. */
    private static final String BIG = "import hashlib, zlib; big = bytes(range(256)) * (1 << 17); ";

    static Stream<Arguments> crunchingCalls() {
        return Stream.of(
                call("hashlib.sha256(big)", "", "hashlib.sha256(big).hexdigest()"),
                call("HASH.update(big)", "h = hashlib.sha512()", "h.update(big)"),
                call("pbkdf2_hmac", "", "hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 200_000)"),
                call("zlib.compress", "", "zlib.compress(big, 9)"),
                call("zlib.decompress", "packed = zlib.compress(big * 2)", "zlib.decompress(packed)"),
                call("Compress.compress", "c = zlib.compressobj(9)", "c.compress(big); c.flush()"),
                call("zlib.crc32", "", "zlib.crc32(big)"));
    }

    private static Arguments call(String name, String setup, String crunch) {
        return Arguments.of(name, SpinningThread.around(BIG + setup, crunch, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crunchingCalls")
    void anotherThreadRunsWhileTheMainThreadCrunches(String call, String program) {
        try (Interpreter py = Interpreter.builder().build()) {
            SpinningThread.assertHelperRanDuringTheCall(py, program, call, "crunched", Duration.ofSeconds(60));
        }
    }

    /** How many times the main thread took the GIL while running {@code program} alone. */
    private static long mainAcquisitions(String setup, String program) {
        try (Interpreter py = Interpreter.builder().build()) {
            py.exec(setup);
            py.resetGilStats();
            py.exec(program);
            return py.gilStats().threads().stream().filter(t -> t.name().equals("MainThread"))
                    .mapToLong(GilStats.ThreadStats::acquisitions).sum();
        }
    }

    @Test
    void smallUpdatesKeepTheGilAndBigOnesReleaseItOnceEach() {
        String setup = "import hashlib\nsmall = b'x' * 2047\nbig = b'x' * 2048\nh = hashlib.sha256()";
        long baseline = mainAcquisitions(setup, "pass");
        assertEquals(baseline, mainAcquisitions(setup, "for _ in range(1000):\n    h.update(small)"),
                "updates below 2048 bytes must hash holding the GIL");
        assertEquals(baseline, mainAcquisitions(setup, "for _ in range(100):\n    hashlib.md5(small).digest()"),
                "a constructor given fewer than 2048 bytes must hash holding the GIL");
        assertEquals(baseline + 10, mainAcquisitions(setup, "for _ in range(10):\n    h.update(big)"),
                "each update of 2048 bytes or more releases the GIL once");
        assertEquals(baseline + 10, mainAcquisitions(setup, "for _ in range(10):\n    hashlib.sha1(big)"),
                "a constructor given 2048 bytes or more releases the GIL once");
        assertEquals(baseline + 1 + 5, mainAcquisitions(setup, "h.update(big)\nfor _ in range(5):\n    h.update(b'x')"),
                "after its first big update, an object releases the GIL for every update (it has a lock now)");
    }
}
