package org.gillab.evaluator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/** Builds the JShell that runs cells: our execution engine, the kernel's class path and the pre-imports. */
final class ShellStartup {
    /** Imported in every session. */
    private static final List<String> IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.time.*;",
            "import java.nio.file.*;",
            "import tech.tablesaw.api.*;",
            "import org.gillab.display.*;",
            "import static org.gillab.display.Display.*;");

    /**
     * The project's public packages, imported when they exist in the running jar (later ones need no kernel
     * change; one that does not exist would have JShell reject all the imports, which are one snippet).
     */
    private static final List<String> PROJECT_PACKAGES = List.of("org.gillab.model", "org.gillab.pool", "org.gillab.lab");

    private static final Pattern IMPLICIT_IMPORT = Pattern.compile("import\\s+java\\s*\\.\\s*lang\\s*\\.\\s*\\*\\s*;?");

    private ShellStartup() {}

    /**
     * Makes the first expression's compilation and invocation, which are slow (~200 ms), now: they spare a
     * later first cell that time. A cell that is already waiting would only wait longer: it makes them itself.
     *
     * @param cellWaiting whether a cell is already waiting for this JShell
     */
    static void warmUp(JShell shell, BooleanSupplier cellWaiting) {
        if (!cellWaiting.getAsBoolean()) {
            shell.eval(StatementBlocks.unitOf("1 + 1")).forEach(event -> shell.drop(event.snippet()));
        }
    }

    /**
     * A JShell set up as the cells' one: engine, class path, imports. Its classes are loaded by
     * {@code loader}; its compiler also reads the {@code carried} classes of earlier generations.
     */
    static JShell configured(GenerationLoader loader, SnippetFrames frames, CarriedClassFiles carried) {
        int generation = loader.names().generation();
        // Cells compile against the JVM's class path (JShell's default), and run with the classes loaded from it.
        JShell shell = JShell.builder()
                .executionEngine(new KernelExecutionControl.Provider(loader, frames), Map.of())
                // the first generation has nothing carried over: its javac reads our class path directly
                .fileManager(fileManager -> generation == 0 ? CompileClassPath.configure(fileManager)
                        : carried.over(CompileClassPath.configure(fileManager)))
                // ids stay unique across generations: tracebacks find snippets of earlier ones by id
                .idGenerator((snippet, index) -> generation + "." + index)
                .build();
        SnippetEvent imported = shell.eval(importSnippet()).get(0);
        if (imported.status() != Snippet.Status.VALID) {
            throw new IllegalStateException("JShell rejected the kernel's imports: " + shell.diagnostics(imported.snippet())
                    .map(diagnostic -> diagnostic.getMessage(Locale.ROOT)).toList());
        }
        return shell;
    }

    /**
     * The imports as one snippet: JShell compiles an import snippet as it does any other (an analysis
     * and a compilation), and the first cell of a session waited 100-150 ms for nine more of them. JShell
     * keys an import snippet by its first import, here java.lang.*, which no cell needs to write: a cell
     * that imports one of the others again (import java.util.*;) makes a snippet of its own, where
     * one keyed java.util would have replaced this one, and all the imports with it. A cell's own
     * import java.lang.*; would, and does nothing in Java: {@link #isImplicitImport} lets it be skipped.
     */
    private static String importSnippet() {
        return Stream.concat(Stream.of("import java.lang.*;"), Stream.concat(IMPORTS.stream(),
                        PROJECT_PACKAGES.stream().filter(ShellStartup::exists).map(pkg -> "import " + pkg + ".*;")))
                .collect(Collectors.joining("\n"));
    }

    /** A JShell set up as the cells' one, with a class loader of its own: for work that must not touch the cells' session. */
    static JShell scratch() {
        return configured(new GenerationLoader(new SnippetClassLoader(), new GenerationNames(0)), new SnippetFrames(), new CarriedClassFiles());
    }

    /** Whether {@code source} is an import of java.lang.*, which every compilation unit has already. */
    static boolean isImplicitImport(String source) {
        return IMPLICIT_IMPORT.matcher(source.strip()).matches();
    }

    /** A package whose directory the class path holds (a jar built by Maven lists its directories). */
    private static boolean exists(String pkg) {
        return ShellStartup.class.getClassLoader().getResource(pkg.replace('.', '/') + "/") != null;
    }
}
