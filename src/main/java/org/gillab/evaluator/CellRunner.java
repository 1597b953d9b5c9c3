package org.gillab.evaluator;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.gillab.display.Renderers;

/** Runs one cell in the JShell: its magics, then its snippets in order until one fails. */
final class CellRunner {
    private final JShell shell;
    private final CellSplitter splitter;
    private final Tracebacks tracebacks;
    private final CarriedImports carried;

    CellRunner(JShell shell, Tracebacks tracebacks, CarriedImports carried) {
        this.shell = shell;
        this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
        this.tracebacks = tracebacks;
        this.carried = carried;
    }

    /**
     * Runs {@code cell} on the calling thread, which must already be in {@code context}.
     *
     * @param label       how tracebacks name this cell, e.g. "In [3]"
     * @param interrupted true once the user asked to stop the cell
     */
    ExecutionOutcome run(String cell, CellContext context, String label, BooleanSupplier interrupted) {
        Magics.Parsed parsed = Magics.parse(cell);
        boolean timed = false;
        for (Magics.Magic magic : parsed.magics()) {
            switch (magic.name()) {
                case Magics.TIME -> timed = true;
                case Magics.HELP -> System.out.print(Magics.HELP_TEXT);
                case Magics.CLASSPATH -> {
                    CellError error = addToClasspath(magic.argument());
                    if (error != null) {
                        return ExecutionOutcome.failed(error);
                    }
                }
                default -> {
                    return ExecutionOutcome.failed(usageError("UnknownMagic", "%" + magic.name() + " is not a magic; %help lists the magics"));
                }
            }
        }
        long wallStart = System.nanoTime();
        long cpuStart = processCpuNanos();
        ExecutionOutcome outcome = runSnippets(cell, parsed.body(), parsed.bodyOffset(), context, label, interrupted);
        if (timed) {
            System.out.printf(Locale.ROOT, "Wall time: %s, CPU time: %s (all threads of the kernel's JVM)%n",
                    duration(System.nanoTime() - wallStart), duration(processCpuNanos() - cpuStart));
        }
        return outcome;
    }

    private ExecutionOutcome runSnippets(String cell, String body, int bodyOffset, CellContext context, String label, BooleanSupplier interrupted) {
        return new Evaluation(cell, bodyOffset, context, label, interrupted).run(StatementBlocks.group(body, splitter.split(body)));
    }

    /** One cell's evaluation: its units in order, until one fails. */
    private final class Evaluation {
        private final String cell;
        private final int bodyOffset;
        private final CellContext context;
        private final String label;
        private final BooleanSupplier interrupted;

        Evaluation(String cell, int bodyOffset, CellContext context, String label, BooleanSupplier interrupted) {
            this.cell = cell;
            this.bodyOffset = bodyOffset;
            this.context = context;
            this.label = label;
            this.interrupted = interrupted;
        }

        /** Runs the units; the outcome is the last value's, or the first failure. */
        ExecutionOutcome run(List<StatementBlocks.Unit> units) {
            ExecutionOutcome outcome = ExecutionOutcome.ok(null);
            for (StatementBlocks.Unit unit : units) {
                if (interrupted.getAsBoolean()) {
                    return ExecutionOutcome.failed(CellError.interrupted());
                }
                ExecutionOutcome ran = evaluate(unit);
                if (ran != null && !ran.succeeded()) {
                    return ran;
                }
                outcome = ran == null ? outcome : ran;
            }
            return outcome;
        }

        /** Evaluates one unit; null when JShell made nothing of it. */
        private ExecutionOutcome evaluate(StatementBlocks.Unit unit) {
            int start = bodyOffset + unit.start();
            KernelExecutionControl.Outcome invocation = KernelExecutionControl.record(interrupted);
            SnippetEvent event = mainEvent(shell.eval(unit.source()));
            if (interrupted.getAsBoolean()) {
                return ExecutionOutcome.failed(CellError.interrupted());
            }
            if (event == null) {
                return null;
            }
            Snippet snippet = event.snippet();
            tracebacks.remember(snippet.id(), label, lineNumber(cell, start));
            if (event.status() == Snippet.Status.REJECTED) {
                // A block JShell rejects (code after a throw, over 64 KB of code) runs statement by statement, as
                // if never grouped: those before the failing one run, and its error is the one the user sees.
                return unit.isBlock() ? run(StatementBlocks.separately(unit)) : ExecutionOutcome.failed(compileError(cell, start, snippet));
            }
            forgetHiddenVariable(snippet);
            if (event.status().isActive()) {
                carried.replacedBy(snippet);
            }
            if (event.exception() instanceof EvalException thrown) {
                return ExecutionOutcome.failed(tracebacks.exception(thrown));
            }
            if (event.exception() instanceof UnresolvedReferenceException unresolved) {
                return ExecutionOutcome.failed(usageError("UnresolvedReference", unresolvedMessage(unresolved.getSnippet())));
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED && snippet instanceof DeclarationSnippet declaration) {
                System.err.println("note: " + unresolvedMessage(declaration));
            }
            Object value = invocation.value();
            // A trailing semicolon keeps the value out of the output, as in IPython: so a cell ending in
            // System.out.printf(...); or list.add(x); does not show a PrintStream or a boolean.
            boolean shown = hasValue(snippet) && !unit.source().endsWith(";") && !context.isDisplayId(value);
            return ExecutionOutcome.ok(shown ? Renderers.render(value) : null);
        }
    }

    /**
     * JShell keeps an expression's value in a variable it names $1, $2, ..., which this kernel never shows
     * nor documents. Every later snippet is compiled with an import of each such variable, so evaluation
     * got slower cell after cell (a 1+1 cell: 13 ms of CPU at first, 49 ms after 1000 cells); dropped, they
     * cost nothing (8 to 11 ms throughout). The value itself is already taken, or the exception it threw.
     */
    private void forgetHiddenVariable(Snippet snippet) {
        if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            shell.drop(snippet);
        }
    }

    /** The event about the snippet itself (the others are about snippets it updated). */
    private static SnippetEvent mainEvent(List<SnippetEvent> events) {
        return events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
    }

    /** An expression (or a bare variable name): its value may be the cell's result; declarations show nothing. */
    private static boolean hasValue(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || (snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
    }

    private CellError compileError(String cell, int start, Snippet snippet) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (errors.isEmpty()) {
            List<String> unresolved = shell.unresolvedDependencies((DeclarationSnippet) snippet).collect(Collectors.toList());
            return usageError(Tracebacks.COMPILE_ERROR, "the snippet was rejected" + (unresolved.isEmpty() ? "" : "; unresolved: " + unresolved));
        }
        return Tracebacks.compileError(cell, start, errors.get(0));
    }

    private String unresolvedMessage(DeclarationSnippet snippet) {
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        return "'" + snippet.name() + "' cannot be used until " + missing + " is declared";
    }

    private CellError addToClasspath(String argument) {
        if (argument.isBlank()) {
            return usageError("UsageError", "%classpath needs a jar or directory, e.g. %classpath lib/my.jar");
        }
        for (String entry : argument.split(File.pathSeparator)) {
            List<Path> paths;
            try {
                paths = expand(entry.strip());
            } catch (java.io.IOException e) {
                return usageError("UsageError", "%classpath cannot read " + entry + ": " + e.getMessage());
            }
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    return usageError("UsageError", "%classpath: " + path.toAbsolutePath() + " does not exist");
                }
                shell.addToClasspath(path.toAbsolutePath().toString());
                System.out.println("added to the class path: " + path.toAbsolutePath());
            }
        }
        return null;
    }

    /** DIR/* stands for every jar in DIR, as on java's command line. */
    private static List<Path> expand(String entry) throws java.io.IOException {
        if (!entry.endsWith("/*")) {
            return List.of(Path.of(entry));
        }
        try (Stream<Path> files = Files.list(Path.of(entry.substring(0, entry.length() - 2)))) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static CellError usageError(String name, String message) {
        return new CellError(name, message, List.of(Tracebacks.red(name + ": ") + message));
    }

    private static int lineNumber(String cell, int offset) {
        return (int) cell.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String duration(long nanos) {
        return nanos >= 1_000_000_000 ? String.format(Locale.ROOT, "%.2f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
