package org.gillab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gillab.testing.CPython311;
import org.junit.jupiter.api.Test;

/**
 * random.seed(12345) gives CPython's sequences: the first 1,000 values of each function of random, drawn by
 * {@code random/seed_12345.py} on the model and on CPython 3.11, compared function by function.
 *
 * <p>Functions built on the Mersenne Twister alone (random, randint, randrange, choice, choices, shuffle,
 * sample, uniform, triangular, getrandbits, Random instances) must match to the last bit. Those that pass a
 * draw through exp, log, cos, acos or ** (gauss, normalvariate, expovariate, betavariate...) draw exactly
 * what CPython draws, but Java's Math and the C library CPython calls may round such a result to
 * neighbouring doubles (measured here: about 1 in 500 for exp, 1 in 20 for acos), so their values must agree
 * to within 4 units in the last place, and the sequences must never fall out of step.
 */
class RandomSequencesTest {
    private static final Path PROGRAM = Path.of("src/test/resources/random/seed_12345.py");
    private static final Set<String> THROUGH_LIBM = Set.of("gauss", "normalvariate", "expovariate", "betavariate",
            "gammavariate", "lognormvariate", "vonmisesvariate", "paretovariate", "weibullvariate");

    @Test
    void seed12345GivesCPythonsFirstThousandValuesOfEachFunction() throws Exception {
        assumeTrue(CPython311.executable() != null, "no CPython 3.11 on this machine: nothing to compare random with");
        CPython311.Result expected = CPython311.run(PROGRAM, List.of());
        CPython311.Result actual = DifferentialTest.runOnModel(PROGRAM, List.of()).result();
        assertEquals("", actual.stderr(), "the model's run failed");
        Map<String, List<String>> cpython = byFunction(expected.stdout());
        Map<String, List<String>> model = byFunction(actual.stdout());
        assertEquals(cpython.keySet(), model.keySet(), "the functions drawn from");
        for (String function : cpython.keySet()) {
            List<String> want = cpython.get(function);
            List<String> got = model.get(function);
            assertEquals(1000, want.size(), function + ": CPython's values");
            assertEquals(want.size(), got.size(), function + ": number of values");
            for (int i = 0; i < want.size(); i++) {
                if (THROUGH_LIBM.contains(function)) {
                    double w = Double.parseDouble(want.get(i));
                    double g = Double.parseDouble(got.get(i));
                    assertTrue(Math.abs(w - g) <= 4 * Math.ulp(w), function + " value " + i + ": CPython " + want.get(i)
                            + ", model " + got.get(i));
                } else {
                    assertEquals(want.get(i), got.get(i), function + " value " + i);
                }
            }
        }
    }

    /** "function value" lines, grouped by function in the order they first appear. */
    private static Map<String, List<String>> byFunction(String output) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int space = line.indexOf(' ');
            values.computeIfAbsent(line.substring(0, space), k -> new ArrayList<>()).add(line.substring(space + 1));
        }
        return values;
    }
}
