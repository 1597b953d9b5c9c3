package org.gillab.evaluator;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import org.gillab.display.DisplayHandle;
import org.gillab.display.Renderers;

/**
 * Runs one cell: its line magics, each around the rest, then its body: a cell magic's, or Java
 * snippets in order in the JShell until one fails.
 */
final class CellRunner {
    private final JShell shell;
    private final CellSplitter splitter;
    private final Magics magics;
    private final Tracebacks tracebacks;
    private final CarriedImports carried;
    /** The cell magic running now, for {@link #interrupt()}. */
    private volatile CellMagic running;

    CellRunner(JShell shell, Magics magics, Tracebacks tracebacks, CarriedImports carried) {
        this.shell = shell;
        this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
        this.magics = magics;
        this.tracebacks = tracebacks;
        this.carried = carried;
    }

    /**
     * Runs {@code cell} on the calling thread, which must already be in the cell's context (see OutputRouting).
     *
     * @param label       how tracebacks name this cell, e.g. "In [3]"
     * @param interrupted true once the user asked to stop the cell
     */
    ExecutionOutcome run(String cell, String label, BooleanSupplier interrupted) {
        Magics.Parsed parsed = magics.parse(cell);
        if (parsed.unknown() != null) {
            return ExecutionOutcome.failed(CellError.of("UnknownMagic", parsed.unknown() + " is not a magic; %help lists the magics"));
        }
        return runFrom(0, parsed, () -> parsed.cellCall() != null
                ? runCellMagic(parsed.cellCall(), new MagicCell(parsed.cellCall().argument(), parsed.body(),
                        lineNumber(cell, parsed.bodyOffset()), label, interrupted))
                : runSnippets(cell, parsed.body(), parsed.bodyOffset(), label, interrupted));
    }

    /** Tells the cell magic running now, if any, that the user interrupted the cell. */
    void interrupt() {
        CellMagic magic = running;
        if (magic != null) {
            magic.interrupt();
        }
    }

    private ExecutionOutcome runCellMagic(Magics.CellCall call, MagicCell cell) {
        running = call.magic();
        try {
            return call.magic().run(cell);
        } catch (RuntimeException e) {
            // a bug in the magic: a clear error in the cell rather than a failed request
            return ExecutionOutcome.failed(CellError.of(e.getClass().getSimpleName(),
                    "%%" + call.magic().name() + " failed: " + e.getMessage()));
        } finally {
            running = null;
        }
    }

    /** Runs the magic lines from {@code index} on, each around the rest, and the code last. */
    private static ExecutionOutcome runFrom(int index, Magics.Parsed parsed, Supplier<ExecutionOutcome> code) {
        if (index == parsed.calls().size()) {
            return code.get();
        }
        Magics.Call call = parsed.calls().get(index);
        return call.magic().run(call.argument(), () -> runFrom(index + 1, parsed, code));
    }

    private ExecutionOutcome runSnippets(String cell, String body, int bodyOffset, String label, BooleanSupplier interrupted) {
        return new Evaluation(cell, bodyOffset, label, interrupted).run(StatementBlocks.group(body, splitter.split(body)));
    }

    /** One cell's evaluation: its units in order, until one fails. */
    private final class Evaluation {
        private final String cell;
        private final int bodyOffset;
        private final String label;
        private final BooleanSupplier interrupted;

        Evaluation(String cell, int bodyOffset, String label, BooleanSupplier interrupted) {
            this.cell = cell;
            this.bodyOffset = bodyOffset;
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
            if (ShellStartup.isImplicitImport(unit.source())) {
                return null;  // JShell would file it in place of the kernel's imports (see ShellStartup)
            }
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
                // A rewriting JShell rejects (code after a throw, over 64 KB of code, a void last expression) runs as
                // written: the statements before a failing one run, and its error is the one the user sees.
                return unit.isRewritten() ? run(unit.fallback()) : ExecutionOutcome.failed(compileError(cell, start, snippet));
            }
            forgetHiddenVariable(snippet);
            if (event.status().isActive()) {
                carried.replacedBy(snippet);
            }
            if (event.exception() instanceof EvalException thrown) {
                return ExecutionOutcome.failed(tracebacks.exception(thrown));
            }
            if (event.exception() instanceof UnresolvedReferenceException unresolved) {
                return ExecutionOutcome.failed(CellError.of("UnresolvedReference", unresolvedMessage(unresolved.getSnippet())));
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED && snippet instanceof DeclarationSnippet declaration) {
                System.err.println("note: " + unresolvedMessage(declaration));
            }
            Object value = unit.keepsValue() ? invocation.kept() : invocation.value();
            // A trailing semicolon keeps the value out of the output, as in IPython: so a cell ending in
            // System.out.printf(...); or list.add(x); does not show a PrintStream or a boolean. A cell ending
            // in display(x) has shown x already: its handle is not shown again.
            boolean shown = (unit.keepsValue() || hasValue(snippet) && !unit.source().endsWith(";")) && !(value instanceof DisplayHandle);
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
            return CellError.of(Tracebacks.COMPILE_ERROR, "the snippet was rejected" + (unresolved.isEmpty() ? "" : "; unresolved: " + unresolved));
        }
        return Tracebacks.compileError(cell, start, errors.get(0));
    }

    private String unresolvedMessage(DeclarationSnippet snippet) {
        String missing = shell.unresolvedDependencies(snippet).collect(Collectors.joining(", "));
        return "'" + snippet.name() + "' cannot be used until " + missing + " is declared";
    }

    private static int lineNumber(String cell, int offset) {
        return (int) cell.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
