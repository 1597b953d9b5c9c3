package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Groups a cell's snippets into the units JShell evaluates. Each JShell evaluation compiles, loads and
 * runs a class, about 10 ms even for {@code x++;}, so a cell of 1,000 statements took 9 s; the same
 * statements in one block took 0.2 s. A run of consecutive plain statements (ones that declare nothing
 * a later snippet could see: assignments, calls, {@code if}, loops, {@code try}...) therefore becomes
 * one block snippet. Declarations stay snippets of their own, so later cells see them, and so does an
 * expression without a semicolon, whose value is the cell's result.
 *
 * <p>Only the first tokens of a snippet tell a plain statement apart, and a snippet that could be a
 * declaration never counts as one: {@code a.b(...)}, {@code a[i] = ...} and {@code a += ...} are
 * statements, while {@code A b}, {@code A<B> b} and {@code A[] b} declare. A block JShell rejects (code
 * after a {@code throw}, a method over 64 KB) is run statement by statement instead, as if it had never
 * been grouped: the statements before the failing one run, and the error is the one it would have been.
 */
final class StatementBlocks {
    /** Statements per block: under the JVM's 64 KB of code a method, and each still compiles in a few ms. */
    static final int MAX_STATEMENTS = 256;

    private static final Set<String> STATEMENT_KEYWORDS = Set.of("if", "for", "while", "do", "try", "switch", "synchronized", "throw");
    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "++", "--");

    /**
     * One unit to evaluate: a snippet as written, or a block of several plain statements.
     *
     * @param source the text JShell evaluates
     * @param start  where that text's first character of the cell's text is, in the cell body
     * @param parts  the snippets it is made of
     */
    record Unit(String source, int start, List<CellSplitter.Snippet> parts) {
        boolean isBlock() {
            return parts.size() > 1;
        }
    }

    private StatementBlocks() {}

    /** The units of a cell body cut into {@code snippets}. */
    static List<Unit> group(String body, List<CellSplitter.Snippet> snippets) {
        List<Unit> units = new ArrayList<>();
        List<CellSplitter.Snippet> run = new ArrayList<>();
        for (CellSplitter.Snippet snippet : snippets) {
            if (isPlainStatement(snippet.source()) && run.size() < MAX_STATEMENTS) {
                run.add(snippet);
                continue;
            }
            flush(body, run, units);
            if (isPlainStatement(snippet.source())) {
                run.add(snippet);
            } else {
                units.add(new Unit(snippet.source(), snippet.start(), List.of(snippet)));
            }
        }
        flush(body, run, units);
        return units;
    }

    /** The snippets of a unit, each a unit of its own. */
    static List<Unit> separately(Unit unit) {
        return unit.parts().stream().map(part -> new Unit(part.source(), part.start(), List.of(part))).toList();
    }

    private static void flush(String body, List<CellSplitter.Snippet> run, List<Unit> units) {
        if (run.size() == 1) {
            units.add(new Unit(run.get(0).source(), run.get(0).start(), List.copyOf(run)));
        } else if (run.size() > 1) {
            CellSplitter.Snippet first = run.get(0);
            CellSplitter.Snippet last = run.get(run.size() - 1);
            // the statements as written between them, comments included; the brace goes on the first's line
            // and the closing one on a line of its own, after a possible line comment
            String text = body.substring(first.start(), last.start() + last.source().length());
            units.add(new Unit("{" + text + "\n}", first.start(), List.copyOf(run)));
        }
        run.clear();
    }

    /** True for a statement that declares nothing: a keyword statement, or a call, assignment or increment ending in ';'. */
    static boolean isPlainStatement(String source) {
        JavaTokens tokens = new JavaTokens(source, 0);
        String first = tokens.next();
        if (first.equals("{") || STATEMENT_KEYWORDS.contains(first)) {
            return source.endsWith("}") || source.endsWith(";");
        }
        if (!source.endsWith(";")) {
            return false;  // an expression whose value is shown, or a declaration
        }
        if (first.equals("++") || first.equals("--")) {
            return true;
        }
        if (!SourceVersion.isIdentifier(first) || SourceVersion.isKeyword(first)) {
            return false;
        }
        String next = tokens.next();
        while (next.equals(".")) {
            if (!SourceVersion.isIdentifier(tokens.next())) {
                return false;  // a generic method call (a.<T>b()) or something stranger: left alone
            }
            next = tokens.next();
        }
        return next.equals("(") || ASSIGNMENTS.contains(next) || next.equals("[") && !tokens.next().equals("]");
    }
}
