package org.gillab.evaluator;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import jdk.jshell.JShell;

/** Builds the JShell that runs cells: our execution engine, the kernel's class path and the pre-imports. */
final class ShellStartup {
    /** Imported in every session. */
    static final List<String> IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.time.*;",
            "import java.nio.file.*;",
            "import tech.tablesaw.api.*;",
            "import org.gillab.display.*;",
            "import static org.gillab.display.Display.*;");

    /** The project's public packages, imported when they exist in the running jar (later ones need no kernel change). */
    static final List<String> PROJECT_PACKAGES = List.of("org.gillab.model", "org.gillab.pool", "org.gillab.lab");

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
        IMPORTS.forEach(shell::eval);
        // a rejected import (a package with only subpackages, say) has no effect: nothing to undo
        PROJECT_PACKAGES.stream().filter(ShellStartup::exists).forEach(pkg -> shell.eval("import " + pkg + ".*;"));
        return shell;
    }

    /** A JShell set up as the cells' one, with a class loader of its own: for work that must not touch the cells' session. */
    static JShell scratch() {
        return configured(new GenerationLoader(new SnippetClassLoader(), new GenerationNames(0)), new SnippetFrames(), new CarriedClassFiles());
    }

    /** A package whose directory the class path holds (a jar built by Maven lists its directories). */
    private static boolean exists(String pkg) {
        return ShellStartup.class.getClassLoader().getResource(pkg.replace('.', '/') + "/") != null;
    }
}
