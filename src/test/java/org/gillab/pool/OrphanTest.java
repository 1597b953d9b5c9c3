package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.gillab.testing.Poll;
import org.junit.jupiter.api.Test;

/** kill -9 of a parent JVM that holds a pool: every worker must exit on its own, within a second. */
class OrphanTest {

    @Test
    void workersExitWhenTheirParentIsKilled() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OrphanParent.class.getName(), "2")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(parent.getInputStream())).readLine();
            assertNotNull(line, "the parent printed its worker pids");
            List<Long> pids = Arrays.stream(line.substring("pids ".length()).split(" ")).map(Long::valueOf).toList();
            assertTrue(pids.stream().allMatch(Poll::alive), "workers run before the kill");

            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs, only the closed pipes tell the workers
            parent.waitFor();
            Duration took = Poll.until(Duration.ofSeconds(10), () -> pids.stream().noneMatch(Poll::alive));
            assertNotNull(took, "workers " + pids + " outlived their killed parent by 10 s");
            System.out.println("orphan test: workers exited " + took.toMillis() + " ms after kill -9 of their parent");
            assertTrue(took.compareTo(Duration.ofSeconds(1)) <= 0, "workers took " + took.toMillis() + " ms to exit, more than 1 s");
        } finally {
            parent.destroyForcibly();
        }
    }
}
