package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MainGuard}: what a forked child has that the model's re-run of the program does not make. */
class MainGuardTest {
    @Test
    void namesBoundUnderEitherSpellingOfTheGuard() {
        String program = """
                import os
                TOP = 1
                def top():
                    local = 2
                if __name__ == "__main__":
                    import math, json as j
                    from sys import argv
                    N = 3
                    def work(x):
                        inner = x
                    for i in range(2):
                        TOP += i
                    with open(os.devnull) as f:
                        pass
                    class Shape:
                        side = 1
                if "__main__" == __name__:
                    (a, b) = 1, 2
                if __name__ != "__main__":
                    not_guarded = 1
                """;
        assertEquals(Set.of("math", "j", "argv", "N", "work", "i", "TOP", "f", "Shape", "a", "b"),
                MainGuard.boundNames(program, "prog.py"));
    }

    @Test
    void aProgramWithoutGuardBindsNothingThere() {
        assertEquals(Set.of(), MainGuard.boundNames("x = 1\nif x:\n    y = 2\n", "prog.py"));
    }
}
