package org.gillab.model.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gillab.model.Interpreter;
import org.gillab.model.RefcountReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in types keep the model's reference-counting rules: after each program of the differential
 * suite's builtins folder (every method of every type, their errors included) has run, each reachable
 * object's count equals the references that exist, and nothing was used after it was freed.
 */
class BuiltinsRefcountTest {
    private static final Path PROGRAMS = Path.of("src/test/resources/differential/builtins");

    @TestFactory
    Stream<DynamicTest> countsAreExactAfterEachProgram() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private static void check(Path program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (Interpreter py = Interpreter.builder().stdout(sink).stderr(sink).build()) {
            assertEquals(0, py.runMain("python3", program), out.toString(StandardCharsets.UTF_8));
            RefcountReport report = py.checkRefcounts();
            assertTrue(report.exact(), report.toString());
            assertEquals(0, py.heapStats().useAfterFree(), "uses after free");
        }
    }
}
