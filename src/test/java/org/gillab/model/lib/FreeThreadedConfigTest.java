package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gillab.model.Interpreter;
import org.gillab.model.gil.GilKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a program asks to learn whether its Python is free-threaded (sysconfig's Py_GIL_DISABLED, sys.abiflags,
 * sys._is_gil_enabled) under each GIL kind: only --gil free answers as a free-threaded 3.13t build; the others
 * as CPython 3.11, which does not define Py_GIL_DISABLED nor sys._is_gil_enabled (the model's unsafe kind, which
 * has no GIL either, answers the question). The differential suite runs the default kind only.
 */
class FreeThreadedConfigTest {
    private static final String PROGRAM = """
            import sys, sysconfig
            print(sysconfig.get_config_var('Py_GIL_DISABLED'), repr(sys.abiflags), getattr(sys, '_is_gil_enabled', lambda: 'absent')(),
                  sysconfig.get_config_var('SOABI').split('-')[1])
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NEW    | None '' absent 311",
            "OLD    | None '' absent 311",
            "UNSAFE | None '' False 311",
            "FREE   | 1 't' False 311t"})
    void pyGilDisabledIsSetByTheFreeThreadedKindOnly(GilKind kind, String expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder().gil(kind).stdout(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            py.exec(PROGRAM);
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).strip());
    }
}
