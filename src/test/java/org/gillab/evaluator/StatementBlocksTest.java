package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementBlocksTest {
    @Test
    void callsAssignmentsAndKeywordStatementsArePlain() {
        for (String statement : List.of("x++;", "++x;", "x = 1;", "x += 2;", "a.b.c = 3;", "x >>>= 1;", "a[i] = 4;", "a[0]++;",
                "System.out.println(x);", "list.forEach(v -> { total += v; });", "if (x > 1) { y = 2; }", "for (int i = 0; i < 3; i++) x += i;",
                "while (x < 10) x++;", "do { x++; } while (x < 20);", "try { f(); } catch (Exception e) { }",
                "switch (x) { case 1 -> y = 2; default -> { } }", "synchronized (lock) { n++; }", "throw new IllegalStateException();",
                "{ int local = 1; x += local; }", "/* why */ x++;", "// note\nx++;")) {
            assertTrue(StatementBlocks.isPlainStatement(statement), statement);
        }
    }

    @Test
    void declarationsAndShownValuesAreNot() {
        for (String snippet : List.of("int x = 1;", "var y = 2;", "String s;", "List<String> names = new ArrayList<>();", "int[] a = {1};",
                "Foo[] foos = new Foo[2];", "Map.Entry<String, Integer> e = null;", "final int z = 3;", "@SuppressWarnings(\"x\") int w;",
                "void f() { }", "<T> T id(T t) { return t; }", "class A { }", "record R(int v) { }", "enum E { A }", "interface I { }",
                "import java.util.*;", "x + 1", "f()", "x++", "x == 1;", "label: for (;;) break label;", "a.<String>b();",
                "new Thread(r).start();", "this.x = 1;", "return;", "x;")) {
            assertFalse(StatementBlocks.isPlainStatement(snippet), snippet);
        }
    }

    @Test
    void runsOfPlainStatementsBecomeOneBlockBetweenDeclarations() {
        String body = "int x = 0;\nx++;\nx += 2; // two\nint y = x;\ny++;\ny";
        List<StatementBlocks.Unit> units = StatementBlocks.group(body, snippets(body, "int x = 0;", "x++;", "x += 2;", "int y = x;", "y++;", "y"));
        assertEquals(List.of("int x = 0;", "{x++;\nx += 2;\n}", "int y = x;", "{y++;\n" + KEEP + "y\n);\n}"),
                units.stream().map(StatementBlocks.Unit::source).toList());
        assertEquals(body.indexOf("x++"), units.get(1).start(), "a block starts where its first statement does, on its line");
        assertEquals(2, units.get(1).parts().size());
        assertEquals(List.of("x++;", "x += 2;"), sources(units.get(1).fallback()));
        assertTrue(units.get(3).keepsValue());
        assertFalse(units.get(1).keepsValue());
    }

    @Test
    void aLastExpressionFallsBackToItsStatementsAsOneBlockAndItselfAsWritten() {
        String body = "a++;\nb++;\nSystem.out.println(a)";
        List<StatementBlocks.Unit> units = StatementBlocks.group(body, snippets(body, "a++;", "b++;", "System.out.println(a)"));
        assertEquals(1, units.size(), "one evaluation for the whole cell");
        assertEquals(List.of("{a++;\nb++;\n}", "System.out.println(a)"), sources(units.get(0).fallback()));
    }

    @Test
    void aSingleStatementIsABlockAndAnExpressionAloneIsKept() {
        assertEquals(List.of("{x++;\n}"), sources(StatementBlocks.group("x++;", snippets("x++;", "x++;"))));
        List<StatementBlocks.Unit> alone = StatementBlocks.group("1 + 1", snippets("1 + 1", "1 + 1"));
        assertEquals(List.of("{" + KEEP + "1 + 1\n);\n}"), sources(alone));
        assertEquals(List.of("1 + 1"), sources(alone.get(0).fallback()));
    }

    @Test
    void declarationsAndStatementsWithBodiesAreNotKeptExpressions() {
        for (String value : List.of("1 + 1", "x", "a.b(c)", "new int[] {1, 2}.length", "int.class", "this.x", "switch (x) { default -> 1 }.hashCode()", "a < b", "(String) o")) {
            assertTrue(StatementBlocks.isValueExpression(value), value);
        }
        for (String other : List.of("int x = 1", "String s = \"a\"", "var t = table()", "int[] a = {1}", "double[] d = new double[3]",
                "void f() { }", "class A { }", "import java.util.*", "@Deprecated int f() { return 1; }", "x++;", "return 1")) {
            assertFalse(StatementBlocks.isValueExpression(other), other);
        }
    }

    @Test
    void commentsBetweenTheStatementsStayInTheBlock() {
        // as the splitter cuts it: a comment after a statement starts the next snippet
        String body = "a++; // one\nb++;";
        List<StatementBlocks.Unit> units = StatementBlocks.group(body, List.of(new CellSplitter.Snippet("a++;", 0),
                new CellSplitter.Snippet("// one\nb++;", body.indexOf("//"))));
        assertEquals("{a++; // one\nb++;\n}", units.get(0).source());
    }

    @Test
    void longRunsAreCutIntoBlocksOfAtMostMaxStatements() {
        StringBuilder body = new StringBuilder();
        List<CellSplitter.Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < StatementBlocks.MAX_STATEMENTS * 2 + 1; i++) {
            snippets.add(new CellSplitter.Snippet("x++;", body.length()));
            body.append("x++;\n");
        }
        List<StatementBlocks.Unit> units = StatementBlocks.group(body.toString(), snippets);
        assertEquals(List.of(StatementBlocks.MAX_STATEMENTS, StatementBlocks.MAX_STATEMENTS, 1), units.stream().map(u -> u.parts().size()).toList());
    }

    private static final String KEEP = CellValue.class.getName() + ".keep(";

    private static List<String> sources(List<StatementBlocks.Unit> units) {
        return units.stream().map(StatementBlocks.Unit::source).toList();
    }

    private static List<CellSplitter.Snippet> snippets(String body, String... sources) {
        List<CellSplitter.Snippet> snippets = new ArrayList<>();
        int from = 0;
        for (String source : sources) {
            int start = body.indexOf(source, from);
            snippets.add(new CellSplitter.Snippet(source, start));
            from = start + source.length();
        }
        return snippets;
    }
}
