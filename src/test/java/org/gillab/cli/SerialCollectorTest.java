package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;
import org.gillab.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gil-lab run` as users start it, a real JVM: it relaunches itself with the serial collector. */
class SerialCollectorTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    private Process start(List<String> jvmOptions, String program) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, program);
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(jvmOptions);
        command.addAll(List.of(Main.class.getName(), "run", file.toString()));
        // the class path in the environment: Linux shows Java no arguments of a command line over 4 KB,
        // and the launcher relaunches itself from its arguments (the fat jar's command line is short)
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return builder.start();
    }

    private static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private static List<ProcessHandle> children(Process process) {
        return process.children().toList();
    }

    @Test
    void runsTheProgramInAJvmWithTheSerialCollectorAndPassesItsStatusOn() throws Exception {
        Process launcher = start(List.of(), "import sys\nprint('ran')\nsys.exit(3)\n");
        assertEquals("ran", firstLine(launcher));
        assertEquals(3, launcher.waitFor());
    }

    @Test
    void theRelaunchedJvmEndsWhenTheLauncherIsKilled() throws Exception {
        Process launcher = start(List.of(), "import time\nprint('sleeping', flush=True)\ntime.sleep(600)\n");
        try {
            assertEquals("sleeping", firstLine(launcher));
            List<ProcessHandle> children = children(launcher);
            assertEquals(1, children.size(), "one relaunched JVM");
            ProcessHandle child = children.get(0);
            String commandLine = String.join(" ", child.info().arguments().orElseThrow());
            assertTrue(Interpreter.JVM_OPTIONS.stream().allMatch(commandLine::contains), commandLine);

            launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher
            launcher.waitFor();
            Duration took = Poll.until(Duration.ofSeconds(10), () -> !Poll.alive(child.pid()));
            assertNotNull(took, "the relaunched JVM outlived its killed launcher by 10 s");
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    @Test
    void aCollectorChosenOnTheCommandLineIsKept() throws Exception {
        Process launcher = start(List.of("-XX:+UseParallelGC"), "import time\nprint('sleeping', flush=True)\ntime.sleep(600)\n");
        try {
            assertEquals("sleeping", firstLine(launcher));
            assertEquals(List.of(), children(launcher), "no relaunch");
        } finally {
            launcher.destroyForcibly();
        }
    }
}
