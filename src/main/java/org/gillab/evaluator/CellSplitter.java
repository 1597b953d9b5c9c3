package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Cuts a cell into the snippets JShell evaluates one by one, remembering where each starts in the cell. */
final class CellSplitter {
    /** One snippet: its text as written in the cell and its offset there (for error positions). */
    record Snippet(String source, int start) {}

    /** Keywords that may start a snippet {@link #simpleSnippetLength} can measure. */
    private static final Set<String> SIMPLE_KEYWORDS = Set.of("if", "for", "while", "boolean", "byte", "char", "short", "int", "long", "float", "double");

    /** The text first given to JShell's analysis, in characters (doubled until it holds a snippet). */
    private static final int FIRST_WINDOW = 512;

    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    List<Snippet> split(String cell) {
        List<Snippet> snippets = new ArrayList<>();
        boolean unicodeEscapes = cell.contains("\\u");  // an escape may stand for a semicolon: JShell decides
        int offset = 0;
        while (offset < cell.length()) {
            int simple = unicodeEscapes ? -1 : simpleSnippetLength(cell, offset);
            int length = simple > 0 ? simple : firstSnippetLength(cell, offset);
            if (length == 0) {
                break;
            }
            int start = offset + leadingWhitespace(cell, offset);
            int end = offset + length;
            if (start < end) {
                snippets.add(new Snippet(cell.substring(start, end).stripTrailing(), start));
            }
            offset = end;
        }
        return snippets;
    }

    /**
     * How long the first snippet of the cell's text from {@code offset} is, with what precedes it, when it
     * needs no analysis: a statement or declaration that starts with a name, a primitive type, {@code if},
     * {@code for} or {@code while} ends at its first semicolon outside brackets, as JShell ends it, unless a
     * brace comes first (a method, a class, a block) or an {@code else} follows. -1 for any other snippet.
     * JShell's analysis costs about 0.3 ms a snippet, most of the time a cell of short statements takes.
     */
    private static int simpleSnippetLength(String cell, int offset) {
        JavaTokens tokens = new JavaTokens(cell, offset);
        String first = tokens.next();
        boolean simpleStart = SIMPLE_KEYWORDS.contains(first) || SourceVersion.isIdentifier(first) && !SourceVersion.isKeyword(first);
        if (!simpleStart) {
            return -1;
        }
        int depth = 0;
        for (String token = tokens.next(); !token.isEmpty() && depth >= 0; token = tokens.next()) {
            switch (token) {
                case "(", "[" -> depth++;
                case ")", "]", "}" -> depth--;
                case "{" -> {
                    if (depth == 0) {
                        return -1;
                    }
                    depth++;
                }
                case ";" -> {
                    if (depth == 0) {
                        int end = tokens.position();
                        return first.equals("if") && tokens.next().equals("else") ? -1 : end - offset;
                    }
                }
                default -> { }
            }
        }
        return -1;
    }

    /**
     * How long the first snippet of the cell's text from {@code offset} is, with the blanks before it; 0
     * when only blanks and comments are left. JShell's analysis reads all the text it is given, so it is
     * given a window of whole lines that doubles until the snippet ends inside it, before more code:
     * given the rest of the cell each time, a cell of 3,000 statements took 9 s to split.
     */
    private int firstSnippetLength(String cell, int offset) {
        for (int window = FIRST_WINDOW; ; window *= 2) {
            int end = lineEnd(cell, offset + window);
            String text = cell.substring(offset, end);
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(text);
            boolean last = end == cell.length();
            if (last && info.completeness() == Completeness.EMPTY) {
                return 0;
            }
            int consumed = info.completeness().isComplete() ? text.length() - info.remaining().length() : text.length();
            // the snippet may go on after the window unless the analysis saw what comes after it
            if (last || info.completeness().isComplete() && !info.remaining().isBlank()) {
                return Math.max(consumed, 1);
            }
        }
    }

    /** The end of the line {@code position} is in (past its newline), or the cell's end. */
    private static int lineEnd(String cell, int position) {
        if (position >= cell.length()) {
            return cell.length();
        }
        int newline = cell.indexOf('\n', position);
        return newline < 0 ? cell.length() : newline + 1;
    }

    private static int leadingWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
