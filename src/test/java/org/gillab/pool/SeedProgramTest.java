package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed's multiprocessing program, unchanged, through the CLI's run command, in a JVM of its own. */
class SeedProgramTest {

    @Test
    void seedPoolProgramRunsUnchanged() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path seed = Path.of("src/test/resources/py/seed_pool.py");
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.gillab.cli.Main", "run", seed.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), printed);
        assertTrue(printed.matches("Time taken in seconds - \\d+\\.\\d+\n"), printed);
        System.out.print("seed_pool.py on the model: " + printed);
    }
}
