package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Cuts a cell into the snippets JShell evaluates one by one, remembering where each starts in the cell. */
final class CellSplitter {
    /** One snippet: its text as written in the cell and its offset there (for error positions). */
    record Snippet(String source, int start) {}

    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    List<Snippet> split(String cell) {
        List<Snippet> snippets = new ArrayList<>();
        int offset = 0;
        while (offset < cell.length()) {
            String rest = cell.substring(offset);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            int consumed = info.completeness().isComplete() ? rest.length() - info.remaining().length() : rest.length();
            int start = offset + leadingWhitespace(rest);
            int end = offset + Math.max(consumed, 1);
            if (start < end) {
                snippets.add(new Snippet(cell.substring(start, end).stripTrailing(), start));
            }
            offset = end;
        }
        return snippets;
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
