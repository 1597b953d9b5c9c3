package org.gillab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.Compiler;
import org.gillab.model.compile.Opcode;
import org.gillab.testing.CPython311;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up's variety module: it must reach every path of the eval loop a program's start reaches. */
class WarmUpTest {
    private static final String CALL = "\nprint(variety(40))\n";

    @Test
    void theVarietyModuleUsesEveryInstructionButTheInteractiveOne() {
        Set<Opcode> missing = EnumSet.allOf(Opcode.class);
        missing.removeAll(opcodes(Compiler.compile(WarmUp.VARIETY, "warm_up_variety.py")));
        assertEquals(EnumSet.of(Opcode.PRINT_EXPR), missing,
                "warm_up_variety.py must use every instruction the compiler emits (a new one: use it there)");
    }

    @Test
    void theVarietyModuleRunsAsOnCPython(@TempDir Path dir) throws Exception {
        assumeTrue(CPython311.executable() != null, "no CPython 3.11 on this machine to compare the warm-up module with");
        Path program = Files.writeString(dir.resolve("variety.py"), WarmUp.VARIETY + CALL);
        CPython311.Result cpython = CPython311.run(program, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            py.exec(WarmUp.VARIETY + CALL, "variety.py");
        }
        assertEquals("", cpython.stderr());
        assertEquals(cpython.stdout(), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWarmUpInRoundsRunsOneRoundPerStepUntilItIsDone() {
        int steps = 0;
        WarmUp.Report report;
        try (WarmUp.InRounds rounds = new WarmUp.InRounds(() -> Interpreter.builder().build())) {
            while (rounds.next()) {
                steps++;
            }
            report = rounds.finish();
            assertFalse(rounds.next(), "a finished warm-up ran another round");
        }
        assertEquals(steps + 1, report.rounds(), "each step runs one round, the last one too: " + report);
    }

    private static Set<Opcode> opcodes(CodeObject code) {
        Set<Opcode> seen = EnumSet.noneOf(Opcode.class);
        for (int instruction : code.instructions()) {
            seen.add(Opcode.values()[CodeObject.op(instruction)]);
        }
        for (Object constant : code.constants()) {
            if (constant instanceof CodeObject nested) {
                seen.addAll(opcodes(nested));
            }
        }
        return seen;
    }
}
