package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MagicsTest {
    /** A cell magic that returns its body. */
    private static final class Echo implements CellMagic {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String usage() {
            return "%%echo";
        }

        @Override
        public String description() {
            return "the body as the result";
        }

        @Override
        public ExecutionOutcome run(MagicCell cell) {
            return ExecutionOutcome.ok(org.gillab.display.MimeBundle.text(cell.body()));
        }

        @Override
        public void interrupt() {
        }
    }

    private static JShell shell;
    private static Magics magics;

    @BeforeAll
    static void start() {
        shell = JShell.create();
        magics = new Magics(() -> shell, () -> List.of(new Echo()));
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private static List<String> names(Magics.Parsed parsed) {
        return parsed.calls().stream().map(call -> call.magic().name() + "(" + call.argument() + ")").toList();
    }

    @Test
    void timeTakesTheRestOfTheCell() {
        Magics.Parsed parsed = magics.parse("%time long n = 0;\nn + 1");
        assertEquals(List.of("time()"), names(parsed));
        assertEquals(" long n = 0;\nn + 1", parsed.body());
        assertEquals(5, parsed.bodyOffset());
    }

    @Test
    void timeAloneOnItsLineLetsTheMagicLinesGoOn() {
        String cell = "%%time\n%help\nint n = 1;";
        Magics.Parsed parsed = magics.parse(cell);
        assertEquals(List.of("time()", "help()"), names(parsed));
        assertEquals("int n = 1;", parsed.body());
    }

    @Test
    void lineMagicsComeBeforeTheCode() {
        String cell = "\n%classpath lib/a.jar\n%help\n1 + 1";
        Magics.Parsed parsed = magics.parse(cell);
        assertEquals(List.of("classpath(lib/a.jar)", "help()"), names(parsed));
        assertEquals("1 + 1", parsed.body());
        assertEquals(cell.indexOf("1 + 1"), parsed.bodyOffset());
    }

    @Test
    void codeWithoutMagicsIsUntouched() {
        Magics.Parsed parsed = magics.parse("int x = 10 % 3;");
        assertEquals(List.of(), names(parsed));
        assertNull(parsed.unknown());
        assertEquals("int x = 10 % 3;", parsed.body());
    }

    @Test
    void aCellMagicTakesTheRestOfTheCellAfterTheLineMagics() {
        String cell = "%time\n%%echo  --loud \n%help\nbody";
        Magics.Parsed parsed = magics.parse(cell);
        assertEquals(List.of("time()"), names(parsed));
        assertEquals("echo", parsed.cellCall().magic().name());
        assertEquals("--loud", parsed.cellCall().argument());
        assertEquals("%help\nbody", parsed.body(), "magic lines below a cell magic are its body");
        assertEquals(cell.indexOf("%help"), parsed.bodyOffset());
        assertNull(magics.parse("%echo x").cellCall(), "one % is a line magic, and echo is none");
        assertEquals("%echo", magics.parse("%echo x").unknown());
    }

    @Test
    void anUnknownMagicIsNamedAsWritten() {
        assertEquals("%nonsense", magics.parse("%help\n%nonsense 1\nint x;").unknown());
        assertEquals("%%nonsense", magics.parse("%%nonsense").unknown());
    }

    @Test
    void helpListsEveryMagicAligned() {
        String help = new HelpMagic(() -> List.of(new HelpMagic.Entry("%time CODE", "times"), new HelpMagic.Entry("%help", "this"))).text();
        assertTrue(help.contains("  %time CODE         times\n  %help              this\n"), help);
    }
}
