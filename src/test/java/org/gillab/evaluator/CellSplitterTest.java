package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jdk.jshell.JShell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellSplitterTest {
    private static JShell shell;
    private static CellSplitter splitter;

    @BeforeAll
    static void analysis() {
        shell = ShellStartup.scratch();
        splitter = new CellSplitter(shell.sourceCodeAnalysis());
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    @Test
    void cutsStatementsDeclarationsAndAFinalExpression() {
        String cell = "int x = 1;\nvoid f() {\n    x++;\n}\n  f(); x + 1";
        List<CellSplitter.Snippet> snippets = splitter.split(cell);
        assertEquals(List.of("int x = 1;", "void f() {\n    x++;\n}", "f();", "x + 1"),
                snippets.stream().map(CellSplitter.Snippet::source).toList());
        assertEquals(List.of(0, cell.indexOf("void"), cell.indexOf("f();"), cell.indexOf("x + 1")),
                snippets.stream().map(CellSplitter.Snippet::start).toList());
    }

    @Test
    void anUnfinishedTailIsOneSnippetForJShellToReject() {
        List<CellSplitter.Snippet> snippets = splitter.split("int a = 1;\nclass A {");
        assertEquals(List.of("int a = 1;", "class A {"), snippets.stream().map(CellSplitter.Snippet::source).toList());
    }

    @Test
    void blankCellsHaveNoSnippets() {
        assertEquals(List.of(), splitter.split("  \n "));
    }
}
