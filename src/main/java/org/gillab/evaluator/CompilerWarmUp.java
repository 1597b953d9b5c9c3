package org.gillab.evaluator;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Makes JShell's and javac's code hot before cells need it. Until the JIT has compiled it, evaluating a
 * {@code 1+1} cell takes half again its later time: here 17 ms in the first hundred cells, 10 to 12 ms after. A scratch
 * JShell, set up as the cells' one, evaluates typical snippets; the JIT compiles methods, not instances, so
 * the cells' JShell runs the code made hot. The scratch JShell is separate so that the cells' session
 * (its snippets, its variables) never sees the warm-up, and needs no lock against the cells.
 */
final class CompilerWarmUp {
    /**
     * An expression, declarations and statements, the kinds of snippet JShell compiles differently, each as
     * a cell of it alone gives it to JShell ({@link StatementBlocks}: statements and values as blocks).
     */
    private static final List<String> SNIPPETS = Stream.of(
            "1 + 1", "int x = 3;", "String s = \"a\" + x;", "List.of(1, 2).size()", "void f() { }", "f();")
            .map(StatementBlocks::unitOf)
            .toList();
    /**
     * javac is large, and a cell reaches most of its methods a few times only: they cross the JIT's
     * thresholds over hundreds of cells, and C2 compiles them beside the cells (a kernel's compiler threads
     * used 1.4 times the cell thread's CPU over 300 cells after a warm-up of 120; after one of 400, C2 still
     * took 10 ms of CPU per {@code 1+1} cell, beside the cell on a 2-core machine). Measured through a client
     * (bench/kernel_bench.py): the warm {@code 1+1} round trip was 20.7 ms after 120 snippets, 17.3 after 400,
     * 11.8 after 1,200 (C2 then 6 ms a cell), for seconds more of one core in the background after start,
     * between cells only (the kernel's CPU settled 14.5 s after the first cells, against 10 after 400).
     */
    private static final int EVALUATIONS = 1200;

    /** Runs a piece of work between cells (see {@link CellTurns}); false, having run nothing, when the kernel closes. */
    interface BetweenCells {
        boolean run(Runnable work) throws InterruptedException;
    }

    private CompilerWarmUp() {}

    /**
     * Runs the warm-up: the scratch JShell is made, then each snippet evaluated, in a turn between cells of
     * its own (a cell shares the CPU with at most one snippet).
     *
     * @return how many snippets it evaluated
     * @throws IllegalStateException when JShell rejects one of them (it would warm up nothing)
     */
    static int run(BetweenCells turns) throws InterruptedException {
        AtomicReference<JShell> made = new AtomicReference<>();
        if (!turns.run(() -> made.set(ShellStartup.scratch()))) {
            return 0;
        }
        int evaluated = 0;
        try (JShell scratch = made.get()) {
            while (evaluated < EVALUATIONS) {
                String snippet = SNIPPETS.get(evaluated % SNIPPETS.size());
                if (!turns.run(() -> evaluate(scratch, snippet))) {
                    break;
                }
                evaluated++;
            }
        }
        return evaluated;
    }

    private static void evaluate(JShell scratch, String snippet) {
        if (scratch.eval(snippet).stream().anyMatch(event -> event.status() == Snippet.Status.REJECTED)) {
            throw new IllegalStateException("JShell rejected the warm-up snippet " + snippet);
        }
    }
}
