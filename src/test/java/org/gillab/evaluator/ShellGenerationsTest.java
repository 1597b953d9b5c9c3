package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The cells' JShell renewed mid-session: what cells declared before stays as it was. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ShellGenerationsTest {
    private Evaluator evaluator;
    private int cells;

    @BeforeEach
    void start() {
        evaluator = new Evaluator();
    }

    @AfterEach
    void stop() {
        evaluator.close();
    }

    private ExecutionOutcome run(String code) {
        return evaluator.execute(code, new RecordingIO(), "In [" + ++cells + "]");
    }

    private String result(String code) {
        ExecutionOutcome outcome = run(code);
        assertTrue(outcome.succeeded(), () -> code + ": " + String.join("\n", outcome.error().traceback()));
        return outcome.result() == null ? null : outcome.result().plainText();
    }

    /** The generation the cells run in now (the loaded names of classes tell it). */
    private int generation() {
        String name = result("new Object() { }.getClass().getName()");
        return Integer.parseInt(name.substring("REPL.$G".length(), name.indexOf('$', "REPL.$G".length())));
    }

    /** Enough classes (members of one class) for the next cell to start in a new JShell. */
    private void growPastOneGeneration() {
        StringBuilder members = new StringBuilder("class Filler {");
        for (int i = 0; i < ShellGenerations.CLASSES_PER_GENERATION; i++) {
            members.append(" static class C").append(i).append(" { }");
        }
        result(members.append(" }").toString());
    }

    @Test
    void variablesClassesMethodsAndImportsCarryOverAsTheyWere() {
        result("import java.util.function.IntUnaryOperator;");
        result("int[] values = {1, 2, 3};");
        result("record Box(int v) { int twice() { return v * 2; } }");
        result("class Counter { static int count; }");
        result("Box box = new Box(21);");
        result("Counter.count += 5;");
        result("int total(int extra) { return values.length + extra; }");
        result("IntUnaryOperator next = v -> v + 1;");
        result("Object identity = values;");
        int before = generation();
        growPastOneGeneration();

        assertEquals(before + 1, generation());
        assertEquals("42", result("box.twice()"));
        assertEquals("5", result("Counter.count"), "static state stays");
        assertEquals("true", result("identity == values"), "the same object");
        assertEquals("4", result("total(1)"));
        assertEquals("8", result("next.applyAsInt(7)"));
        result("values = new int[10];");
        assertEquals("11", result("total(1)"), "methods see assignments to the carried variable");
        assertEquals("Box[v=4]", result("new Box(4)"), "instances of the carried class are of the same class");
        assertEquals("true", result("new Box(4).getClass() == box.getClass()"));
    }

    @Test
    void declaringACarriedNameAgainReplacesIt() {
        result("int size = 3;");
        result("int doubled() { return size * 2; }");
        result("record Point(int x) { }");
        growPastOneGeneration();

        result("int size = 50;");
        assertEquals("100", result("doubled()"), "methods that used the name are compiled again, as in one JShell");
        result("record Point(int x, int y) { }");
        assertEquals("Point[x=1, y=2]", result("new Point(1, 2)"));
        assertEquals("50", result("size"));
    }

    @Test
    void tracebacksThroughCarriedCodeNameTheCellsItCameFrom() {
        result("record Ratio(int d) {\n    int of(int n) {\n        return n / d;\n    }\n}");
        result("Ratio zero = new Ratio(0);");
        result("Runnable boom = () -> {\n    throw new IllegalStateException(\"boom\");\n};");
        growPastOneGeneration();

        CellError divided = run("zero.of(1)").error();
        assertEquals("java.lang.ArithmeticException", divided.ename());
        assertEquals(List.of("    at Ratio.of (In [1] line 3)", "    at <cell> (In [" + cells + "] line 1)"), divided.traceback().subList(1, 3));
        CellError thrown = run("boom.run()").error();
        assertEquals("    at lambda$do_it$$0 (In [3] line 2)", thrown.traceback().get(1));
    }

    @Test
    void aJarAddedWithClasspathStaysOnTheClassPath(@TempDir Path dir) throws IOException {
        Path jar = GreeterJar.make(dir, "gillabcarried", "hello again");
        result("%classpath " + jar);
        growPastOneGeneration();

        assertTrue(result("gillabcarried.Greeter.hello()").contains("hello again"));
    }
}
