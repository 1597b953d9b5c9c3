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
    void aCellLongerThanTheAnalysisWindowSplitsAsWhenAnalysedWhole() {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            cell.append(i % 50 == 0 ? "String s" + i + " = \"" + "x".repeat(700) + "\";" : "x += " + i + ";");
            cell.append(i % 7 == 0 ? "  // comment\n" : "\n");
        }
        // an expression continued on the next line, wherever a window ends
        cell.append("total()\n    .toString()");
        assertEquals(splitAnalysingTheWholeRest(cell.toString()), splitter.split(cell.toString()));
    }

    /** Snippets measured without JShell's analysis must be cut where it cuts them. */
    @Test
    void simpleSnippetsAreCutWhereJShellCutsThem() {
        String cell = String.join("\n",
                "int n = 1; long m = 2L;", "x = 1\ny = 2;", "s = \"a;b{\" + ';' + \"\"\"\n  text; {\n  \"\"\";",
                "if (n > 0) n--; else n++;", "if (n > 0) n--;", "for (int i = 0; i < 3; i++) n += i;", "while (n < 9) n++;",
                "list.forEach(v -> { total += v; });", "int[] a = {1, 2};", "int f() { return 1; }", "Runnable r = () -> { };",
                "label: for (;;) break label;", "/* a; */ n++; // b;", "m = switch (n) { case 1 -> 2L; default -> 3L; };",
                "List<Map<String, int[]>> deep = new ArrayList<>();", "n = (int) m;", "n");
        assertEquals(splitAnalysingTheWholeRest(cell), splitter.split(cell));
    }

    /** How cells were split before the analysis window: each snippet found in all the text after the last. */
    private static List<CellSplitter.Snippet> splitAnalysingTheWholeRest(String cell) {
        List<CellSplitter.Snippet> snippets = new java.util.ArrayList<>();
        int offset = 0;
        while (offset < cell.length()) {
            String rest = cell.substring(offset);
            jdk.jshell.SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            if (info.completeness() == jdk.jshell.SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            int consumed = info.completeness().isComplete() ? rest.length() - info.remaining().length() : rest.length();
            int start = offset + (rest.length() - rest.stripLeading().length());
            int end = offset + Math.max(consumed, 1);
            if (start < end) {
                snippets.add(new CellSplitter.Snippet(cell.substring(start, end).stripTrailing(), start));
            }
            offset = end;
        }
        return snippets;
    }

    @Test
    void blankCellsHaveNoSnippets() {
        assertEquals(List.of(), splitter.split("  \n "));
    }
}
