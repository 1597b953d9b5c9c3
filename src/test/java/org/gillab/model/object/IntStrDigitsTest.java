package org.gillab.model.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gillab.model.FatalError;
import org.gillab.model.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The digit limit's parts the differential suite cannot reach: PYTHONINTMAXSTRDIGITS as CPython reads it
 * (the suite runs both interpreters in one environment), and the limit belonging to one interpreter.
 */
class IntStrDigitsTest {
    @Test
    void anUnsetOrEmptyVariableLeavesTheDefault() {
        assertEquals(4300, IntStrDigits.fromEnvironment(null));
        assertEquals(4300, IntStrDigits.fromEnvironment(""));
    }

    @Test
    void theVariableReadsAsStrtolReadsIt() {
        assertEquals(0, IntStrDigits.fromEnvironment("0"));
        assertEquals(0, IntStrDigits.fromEnvironment("-0"));
        assertEquals(640, IntStrDigits.fromEnvironment("640"));
        assertEquals(700, IntStrDigits.fromEnvironment(" \t+700"));
        assertEquals(700, IntStrDigits.fromEnvironment("0700"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"639", "-700", "abc", "700 ", "7_00", "99999999999", "\u0667\u0660\u0660"})
    void anInvalidLimitIsCPythonsFatalError(String value) {
        FatalError e = assertThrows(FatalError.class, () -> IntStrDigits.fromEnvironment(value));
        assertEquals("Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; "
                + "must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n", e.report());
    }

    @Test
    void eachInterpreterHasItsOwnLimit() {
        String program = """
                import sys
                try:
                    digits = len(str(10 ** 5000))
                except ValueError as e:
                    digits = str(e)
                """;
        try (Interpreter unlimited = new Interpreter(); Interpreter limited = new Interpreter()) {
            unlimited.exec("import sys\nsys.set_int_max_str_digits(0)\n" + program);
            limited.exec(program);
            assertEquals(5001L, ((Number) unlimited.get("digits")).longValue());
            assertEquals("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits()"
                    + " to increase the limit", limited.get("digits"));
        }
    }
}
