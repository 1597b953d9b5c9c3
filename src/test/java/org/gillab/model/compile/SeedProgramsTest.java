package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed article's programs (src/test/resources/py/*.py) compile to consistent code objects. What they
 * compile to, against CPython's own dis, is {@link DisParityTest}'s.
 */
class SeedProgramsTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed_threads", "seed_pool", "features"})
    void everyCodeObjectIsConsistent(String name) throws IOException {
        CodeObject module = Compiler.compile(MangledSourceTest.resource(name + ".py"), name + ".py");
        assertConsistent(module);
    }

    /** Parallel arrays of equal length, no falling off the end, every jump inside the code, every index in its table. */
    static void assertConsistent(CodeObject code) {
        int n = code.instructions().length;
        assertEquals(n, code.lines().length);
        assertEquals(n, code.columns().length);
        assertEquals(Opcode.RESUME.ordinal(), CodeObject.op(code.instructions()[0]));
        Opcode last = Opcode.of(CodeObject.op(code.instructions()[n - 1]));
        assertEquals(true, last == Opcode.RETURN_VALUE || last == Opcode.RAISE_VARARGS, "control falls off the end");
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(CodeObject.op(code.instructions()[i]));
            int arg = CodeObject.arg(code.instructions()[i]);
            switch (op) {
                case JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER ->
                        assertEquals(true, arg > i && arg < n, op + " at " + i + " must jump forward");
                // either way: 3.11's POP_JUMP_FORWARD_IF_* and POP_JUMP_BACKWARD_IF_* (a while loop's test at its bottom)
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE ->
                        assertEquals(true, arg != i && arg < n, op + " at " + i + " must jump inside the code");
                case JUMP_BACKWARD -> assertEquals(true, arg <= i, "JUMP_BACKWARD at " + i + " must jump backward");
                case LOAD_CONST, KW_NAMES -> assertEquals(true, arg < code.constants().size());
                case LOAD_FAST, STORE_FAST, DELETE_FAST -> assertEquals(true, arg < code.varNames().size());
                // 3.11's LOAD_GLOBAL oparg is namei << 1 | (push a NULL first)
                case LOAD_GLOBAL -> assertEquals(true, arg >> 1 < code.names().size(), "LOAD_GLOBAL at " + i);
                case STORE_GLOBAL, DELETE_GLOBAL, LOAD_ATTR, STORE_ATTR, IMPORT_NAME, IMPORT_FROM ->
                        assertEquals(true, arg < code.names().size(), op + " at " + i);
                default -> { }
            }
            // as in 3.11, a module's RESUME is on line 0, and MAKE_CELL / COPY_FREE_VARS carry no line
            boolean lineless = op == Opcode.RESUME || op == Opcode.MAKE_CELL || op == Opcode.COPY_FREE_VARS;
            assertEquals(true, (code.lines()[i] >= 1 || lineless && code.lines()[i] >= 0) && code.columns()[i] >= 0,
                    op + " at " + i + " has line " + code.lines()[i] + ", column " + code.columns()[i]);
        }
        for (Object constant : code.constants()) {
            if (constant instanceof CodeObject inner) {
                assertConsistent(inner);
            }
        }
    }
}
