package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** The loop the countdown benchmark measures: every instruction of it counts. */
class CountdownBytecodeTest {
    private static final String SOURCE = """
            def countdown(n):
                while n>0:
                    n -= 1
            """;

    /**
     * CPython 3.11's loop: the test at the top jumps past the loop when false, the body, the test again at
     * the bottom jumping back to the body (POP_JUMP_BACKWARD_IF_TRUE, the loop's eval-breaker check point),
     * and the implicit return twice: once after the loop, once (a copy) for the top's jump. Seven
     * instructions an iteration, as in CPython.
     */
    @Test
    void loopIsCPythonsTestAtBothEnds() {
        CodeObject function = (CodeObject) Compiler.compile(SOURCE, "countdown.py").constants().get(0);
        assertEquals("""
                  1           0 RESUME                   0

                  2           1 LOAD_FAST                0 (n)
                              2 LOAD_CONST               1 (0)
                              3 COMPARE_OP               4 (>)
                              4 POP_JUMP_IF_FALSE       15 (to 15)

                  3     >>    5 LOAD_FAST                0 (n)
                              6 LOAD_CONST               2 (1)
                              7 BINARY_OP               23 (-=)
                              8 STORE_FAST               0 (n)

                  2           9 LOAD_FAST                0 (n)
                             10 LOAD_CONST               1 (0)
                             11 COMPARE_OP               4 (>)
                             12 POP_JUMP_IF_TRUE         5 (to 5)
                             13 LOAD_CONST               0 (None)
                             14 RETURN_VALUE
                        >>   15 LOAD_CONST               0 (None)
                             16 RETURN_VALUE
                """, Disassembler.dis(function));
    }

    @Test
    void functionMetadata() {
        CodeObject function = (CodeObject) Compiler.compile(SOURCE, "countdown.py").constants().get(0);
        assertEquals("countdown", function.name());
        assertEquals("countdown.py", function.filename());
        assertEquals(1, function.argCount());
        assertEquals(0, function.posOnlyArgCount());
        assertEquals(0, function.kwOnlyArgCount());
        assertEquals(1, function.firstLine());
        assertEquals(java.util.List.of("n"), function.varNames());
        assertEquals(2, function.stackSize());
        assertNull(function.constants().get(0), "a function's first constant is its docstring, None without one (3.11)");
    }

    @Test
    void columnsPointAtTheExpressionOfEachInstruction() {
        CodeObject function = (CodeObject) Compiler.compile(SOURCE, "countdown.py").constants().get(0);
        // LOAD_FAST n (col 10), LOAD_CONST 0 (col 12), COMPARE_OP n>0 (col 10)
        assertEquals(10, function.columns()[1]);
        assertEquals(12, function.columns()[2]);
        assertEquals(10, function.columns()[3]);
        // n -= 1: the statement starts at column 8
        assertEquals(8, function.columns()[7]);
    }

    /** CPython 3.11's traceback underlines a failed assert's condition and a call expression. */
    @Test
    void tracebackPositionsAreCPythons() {
        CodeObject check = (CodeObject) Compiler.compile("""
                def check(n):
                    assert n > 0, "n must be positive"
                    return check(n - 1)
                """, "check.py").constants().get(0);
        java.util.List<String> positions = new java.util.ArrayList<>();
        for (int i = 0; i < check.instructions().length; i++) {
            Opcode op = Opcode.of(CodeObject.op(check.instructions()[i]));
            if (op == Opcode.RAISE_VARARGS || op == Opcode.CALL) {
                positions.add(op + " " + check.lines()[i] + ":" + check.columns()[i]);
            }
        }
        assertEquals(java.util.List.of("CALL 2:11", "RAISE_VARARGS 2:11", "CALL 3:11"), positions);
    }
}
