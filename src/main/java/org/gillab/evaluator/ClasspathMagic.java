package org.gillab.evaluator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;

/** {@code %classpath PATH}: adds jars or directories to the class path the cells compile and run against. */
final class ClasspathMagic implements LineMagic {
    /** The JShell the cells run in now (a new one after each renewal, see ShellGenerations). */
    private final Supplier<JShell> shell;

    ClasspathMagic(Supplier<JShell> shell) {
        this.shell = shell;
    }

    @Override
    public String name() {
        return "classpath";
    }

    @Override
    public String usage() {
        return "%classpath PATH";
    }

    @Override
    public String description() {
        return "add jars or directories (separated by '" + File.pathSeparator + "'; DIR/* adds every jar in DIR)";
    }

    @Override
    public ExecutionOutcome run(String argument, Supplier<ExecutionOutcome> rest) {
        if (argument.isBlank()) {
            return ExecutionOutcome.failed(CellError.of("UsageError", "%classpath needs a jar or directory, e.g. %classpath lib/my.jar"));
        }
        for (String entry : argument.split(File.pathSeparator)) {
            List<Path> paths;
            try {
                paths = expand(entry.strip());
            } catch (IOException e) {
                return ExecutionOutcome.failed(CellError.of("UsageError", "%classpath cannot read " + entry + ": " + e.getMessage()));
            }
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    return ExecutionOutcome.failed(CellError.of("UsageError", "%classpath: " + path.toAbsolutePath() + " does not exist"));
                }
                shell.get().addToClasspath(path.toAbsolutePath().toString());
                System.out.println("added to the class path: " + path.toAbsolutePath());
            }
        }
        return rest.get();
    }

    /** DIR/* stands for every jar in DIR, as on java's command line. */
    private static List<Path> expand(String entry) throws IOException {
        if (!entry.endsWith("/*")) {
            return List.of(Path.of(entry));
        }
        try (Stream<Path> files = Files.list(Path.of(entry.substring(0, entry.length() - 2)))) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }
}
