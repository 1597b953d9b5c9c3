package org.gillab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmarks time the model under the options the kernel, the pool and {@code run} give it. */
class JvmOptionsTest {
    @Test
    void theBenchmarksArgumentFileHoldsTheModelsJvmOptions() throws Exception {
        assertEquals(Interpreter.JVM_OPTIONS, Files.readAllLines(Path.of("bench", "model.jvmopts")),
                "bench/model.jvmopts (java @bench/model.jvmopts) must list Interpreter.JVM_OPTIONS, one a line");
    }
}
