package org.gillab.cli;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gillab.model.Interpreter;

/**
 * Runs the model under the serial collector, as the kernel and the pool's workers do, also when the
 * user types plain {@code java -jar gil-lab.jar run FILE.py}. The eval loop stores fresh objects into
 * long-lived frame arrays, and G1's write barrier on such stores made countdown(50M) take 2.60 s where
 * the serial collector's took 1.04 s (CPython 3.11: 1.24 s). A JVM cannot change its collector, so
 * one started without a collector choice runs the same command again in a JVM with the model's
 * options ({@link Interpreter#JVM_OPTIONS}: the serial collector, conditional card marks) and passes
 * its exit status on. A collector chosen explicitly is respected.
 */
final class SerialCollector {
    /** The launcher's pid, given to the relaunched JVM so that it ends when the launcher does. */
    private static final String LAUNCHER_PID = "gillab.launcher";
    private static final Pattern COLLECTOR_CHOICE = Pattern.compile("-XX:\\+Use\\w*GC");

    private SerialCollector() {}

    /**
     * This JVM's command line with the serial collector added, or empty when no relaunch is wanted:
     * a collector was chosen (on the command line or in JDK_JAVA_OPTIONS / JAVA_TOOL_OPTIONS), or the
     * command line cannot be read.
     */
    static Optional<List<String>> relaunchCommand() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) {
            return Optional.empty();
        }
        String[] arguments = self.arguments().get();
        boolean chosen = Stream.concat(Arrays.stream(arguments),
                        Stream.of(System.getenv("JDK_JAVA_OPTIONS"), System.getenv("JAVA_TOOL_OPTIONS")))
                .anyMatch(text -> text != null && COLLECTOR_CHOICE.matcher(text).find());
        if (chosen) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(self.command().get());
        command.addAll(Interpreter.JVM_OPTIONS);
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        command.addAll(List.of(arguments));
        return Optional.of(command);
    }

    /** When Java started on the user's command: the launcher's start in a relaunched JVM, else this JVM's. */
    static Instant javaStarted() {
        Optional<Instant> launcher = Optional.ofNullable(System.getProperty(LAUNCHER_PID)).map(Long::parseLong)
                .flatMap(ProcessHandle::of).flatMap(handle -> handle.info().startInstant());
        return launcher.orElse(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /**
     * In a relaunched JVM: halts when the launcher is gone. kill -9 of the launcher runs no shutdown
     * hook, and a program must not run on without the command that started it.
     */
    static void exitWithLauncher() {
        String pid = System.getProperty(LAUNCHER_PID);
        if (pid == null) {
            return;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(pid));
        if (launcher.isEmpty()) {
            Runtime.getRuntime().halt(1);
        }
        launcher.get().onExit().thenRun(() -> Runtime.getRuntime().halt(1));
    }
}
