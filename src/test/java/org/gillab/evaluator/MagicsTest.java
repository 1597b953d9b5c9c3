package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MagicsTest {
    @Test
    void timeTakesTheRestOfTheCell() {
        Magics.Parsed parsed = Magics.parse("%time long n = 0;\nn + 1");
        assertEquals(List.of(new Magics.Magic("time", "")), parsed.magics());
        assertEquals(" long n = 0;\nn + 1", parsed.body());
        assertEquals(5, parsed.bodyOffset());
    }

    @Test
    void lineMagicsComeBeforeTheCode() {
        String cell = "\n%classpath lib/a.jar\n%help\n1 + 1";
        Magics.Parsed parsed = Magics.parse(cell);
        assertEquals(List.of(new Magics.Magic("classpath", "lib/a.jar"), new Magics.Magic("help", "")), parsed.magics());
        assertEquals("1 + 1", parsed.body());
        assertEquals(cell.indexOf("1 + 1"), parsed.bodyOffset());
    }

    @Test
    void codeWithoutMagicsIsUntouched() {
        Magics.Parsed parsed = Magics.parse("int x = 10 % 3;");
        assertEquals(List.of(), parsed.magics());
        assertEquals("int x = 10 % 3;", parsed.body());
    }
}
