package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The model's instructions laid out as CPython 3.11's co_code: the offsets, names and arguments its dis prints. */
class CPythonLayoutTest {

    private static CodeObject function(String source) {
        CodeObject module = Compiler.compile(source, "t.py");
        return module.constants().stream().filter(CodeObject.class::isInstance).map(CodeObject.class::cast)
                .findFirst().orElseThrow();
    }

    private static String describe(List<CPythonLayout.Unit> units) {
        return units.stream().map(u -> u.offset() + " " + u.opname() + " " + u.arg()).collect(Collectors.joining("\n"));
    }

    @Test
    void offsetsCountCacheEntriesAndJumpsAreRelative() {
        CodeObject increment = function("def increment(n):\n    global counter\n    for _ in range(n):\n        counter += 1\n");
        assertEquals("""
                0 RESUME 0
                2 LOAD_GLOBAL 1
                14 LOAD_FAST 0
                16 PRECALL 1
                20 CALL 1
                30 GET_ITER 0
                32 FOR_ITER 12
                34 STORE_FAST 1
                36 LOAD_GLOBAL 2
                48 LOAD_CONST 1
                50 BINARY_OP 13
                54 STORE_GLOBAL 1
                56 JUMP_BACKWARD 13
                58 LOAD_CONST 0
                60 RETURN_VALUE 0""", describe(new CPythonLayout(increment).units()));
    }

    @Test
    void conditionalJumpsAreNamedByDirection() {
        CodeObject f = function("def f(a):\n    if a:\n        a = 1\n    return a\n");
        assertEquals("4 POP_JUMP_FORWARD_IF_FALSE 2",
                describe(new CPythonLayout(f).units().stream().filter(u -> u.opname().startsWith("POP_JUMP")).toList()));
    }

    @Test
    void longArgumentsGetExtendedArgsThatMoveTheJumps() {
        String body = IntStream.range(0, 300).mapToObj(i -> "        v" + i + " = " + i + "\n").collect(Collectors.joining());
        CodeObject f = function("def f(flag):\n    if flag:\n" + body + "    return flag\n");
        CPythonLayout layout = new CPythonLayout(f);
        List<CPythonLayout.Unit> units = layout.units();
        assertEquals("4 EXTENDED_ARG 2\n6 POP_JUMP_FORWARD_IF_FALSE 690", describe(units.subList(2, 4)));
        assertEquals("1388 LOAD_FAST 0\n1390 RETURN_VALUE 0", describe(units.subList(units.size() - 2, units.size())));
        assertEquals(1392, layout.offset(f.instructions().length));
    }
}
