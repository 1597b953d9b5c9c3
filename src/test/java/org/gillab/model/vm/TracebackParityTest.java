package org.gillab.model.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.gillab.testing.CPython311;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uncaught exceptions print the traceback CPython 3.11 prints, markers under the failing code included. */
class TracebackParityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "def f(n):\n    total = 0\n    while n > 0:\n        n -= 1\n        total += 10 // n\n    return total\nf(3)\n",
        "x = 1\nprint(y + x)\n",
        "d = {'a': 1}\nv = d['b']\n",
        "def k(a, b=2):\n    return a / (b - 2)\nr = k(1,\n      b=2)\n",
        "s = 'abc'\ns.nosuch()\n",
        "n = int('x')\n",
        "a = [1]\nb = (a[0] +\n     a[5])\n",
        "x = (1 +   2) * 'a' - 3\n",
        "def w():\n    return undefined_name\nprint('%s' % w())\n",
        "def g(xs):\n    return xs[3] + 1\ndef h():\n    data = [1, 2]\n    return g(data)\nprint(h())\n",
    })
    void tracebacksAreCPythons(String program) throws Exception {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, program);
        PythonException raised = assertThrows(PythonException.class, () -> {
            try (Interpreter py = new Interpreter()) {
                py.run(file);
            }
        });
        assertEquals(cpythonTraceback(file), raised.traceback(), program);
    }

    private static String cpythonTraceback(Path file) throws IOException, InterruptedException {
        assumeTrue(CPython311.executable() != null,
                "no CPython 3.11 on this machine: tracebacks not compared with CPython");
        Process python = new ProcessBuilder(CPython311.executable(), file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(python.waitFor(60, TimeUnit.SECONDS), "CPython did not finish");
        return err;
    }
}
