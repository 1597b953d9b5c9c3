package org.gillab.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gillab.protocol.InProcessClient;

/**
 * A kernel start as a front end makes it, scripted and in one process ({@link InProcessClient}): it asks
 * for kernel_info, runs a few cells, completes, then shuts the kernel down. {@code gil-lab install} runs
 * it under the JVM's class-data archiving ({@link ClassDataArchive}: CDS, or the AOT cache on Java 25),
 * so the archive holds the classes a real start loads: those of the protocol, JShell's and javac's, and
 * the renderers'.
 */
final class TrainingRun {
    /**
     * The cells: a result, output, a display, the renderers' warm-up (charts, tables) done in the cell, and
     * a reference to System.exit, which has the evaluator's ExitGuard load ASM. ASM's class files are Java
     * 5's, which no archive holds: loaded from the jar while Java 25 assembles its AOT cache, they make it
     * record the jar and check it at every start. Without one class loaded from the jar, a cache made by
     * -XX:AOTCacheOutput skips that check (JDK-8377932), and a kernel would run a rebuilt jar with the
     * classes of the jar it was installed from.
     */
    static final List<String> CELLS = List.of(
            "1 + 1",
            "System.out.println(\"training run\");",
            "display(html(\"<b>training run</b>\"));",
            "Renderers.warmUp();",
            "java.util.function.IntConsumer exit = System::exit;");
    private static final long TIMEOUT_MILLIS = 180_000;

    private TrainingRun() {}

    /**
     * Runs the scripted session.
     *
     * @return 0 when every request was answered as expected, else 1 (the reason is on stderr)
     */
    static int run() {
        try (InProcessClient client = InProcessClient.start(TIMEOUT_MILLIS)) {
            client.shell("kernel_info_request", Map.of());
            for (String cell : CELLS) {
                Map<String, Object> reply = client.shell("execute_request", Map.of("code", cell, "silent", false));
                if (!"ok".equals(reply.get("status"))) {
                    throw new IllegalStateException("the cell " + cell + " failed: " + reply);
                }
            }
            client.shell("complete_request", Map.of("code", "Math.ma", "cursor_pos", 7));
            client.shell("is_complete_request", Map.of("code", "if (true) {"));
            return client.shutdown();
        } catch (IOException | IllegalStateException e) {
            System.err.println("gil-lab kernel: training run: " + e.getMessage());
            return 1;
        }
    }
}
