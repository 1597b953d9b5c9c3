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
 * one block snippet, and so does a single one: JShell compiles a block in one task fewer than the
 * statement (no analysis of its kind first). Declarations stay snippets of their own, so later cells see them.
 *
 * <p>The expression that ends a cell, whose value is the cell's result, joins the block before it as a call
 * that hands its value over ({@link CellValue#keep}). As a snippet of its own JShell would analyse it twice
 * (its type, then its variable's) before compiling a variable to hold it, and a {@code 1+1} cell cost a
 * fifth more; the whole cell is then one evaluation.
 *
 * <p>Only the first tokens of a snippet tell a plain statement apart, and a snippet that could be a
 * declaration never counts as one: {@code a.b(...)}, {@code a[i] = ...} and {@code a += ...} are
 * statements, while {@code A b}, {@code A<B> b} and {@code A[] b} declare. A unit JShell rejects (code
 * after a {@code throw}, a method over 64 KB, a last expression of type void) runs as its snippets would
 * have without the rewriting ({@link Unit#fallback}): the statements before a failing one run, and the
 * error is the one it would have been.
 */
final class StatementBlocks {
    /** Statements per block: under the JVM's 64 KB of code a method, and each still compiles in a few ms. */
    static final int MAX_STATEMENTS = 256;

    /** What a kept expression is handed to, named in full: a cell's imports or names cannot hide it. */
    private static final String KEEP = CellValue.class.getName() + ".keep(";

    private static final Set<String> STATEMENT_KEYWORDS = Set.of("if", "for", "while", "do", "try", "switch", "synchronized", "throw");
    /** Keywords an expression may start with; the primitive types start one only as in {@code int.class}. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("new", "this", "super", "switch", "true", "false", "null");
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double", "void");
    private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "++", "--");

    /**
     * One unit to evaluate: a snippet as written, or a rewriting of several (a block, a kept expression).
     *
     * @param source     the text JShell evaluates
     * @param start      where that text's first character of the cell's text is, in the cell body
     * @param parts      the snippets it is made of
     * @param keepsValue whether its last part is an expression whose value {@link CellValue} receives
     * @param fallback   for a rewriting, the units to run instead when JShell rejects it: the snippets as
     *                   written (a kept expression's statements still as one block); empty for a snippet as written
     */
    record Unit(String source, int start, List<CellSplitter.Snippet> parts, boolean keepsValue, List<Unit> fallback) {
        boolean isRewritten() {
            return !fallback.isEmpty();
        }
    }

    private StatementBlocks() {}

    /** The units of a cell body cut into {@code snippets}. */
    static List<Unit> group(String body, List<CellSplitter.Snippet> snippets) {
        List<Unit> units = new ArrayList<>();
        List<CellSplitter.Snippet> run = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            CellSplitter.Snippet snippet = snippets.get(i);
            boolean plain = isPlainStatement(snippet.source());
            boolean kept = !plain && i == snippets.size() - 1 && isValueExpression(snippet.source());
            if (run.size() == MAX_STATEMENTS || !plain && !kept) {
                flush(body, run, units);
            }
            if (plain || kept) {
                run.add(snippet);
            } else {
                units.add(asWritten(snippet));
            }
            if (kept) {
                units.add(kept(body, run));
                return units;
            }
        }
        flush(body, run, units);
        return units;
    }

    /** What JShell evaluates for a cell of {@code snippet} alone (for warm-ups that should compile what cells compile). */
    static String unitOf(String snippet) {
        return group(snippet, List.of(new CellSplitter.Snippet(snippet, 0))).get(0).source();
    }

    private static void flush(String body, List<CellSplitter.Snippet> run, List<Unit> units) {
        if (!run.isEmpty()) {
            units.add(block(body, run));
            run.clear();
        }
    }

    /** Plain statements as one block: the text as written between them, comments included. */
    private static Unit block(String body, List<CellSplitter.Snippet> statements) {
        CellSplitter.Snippet first = statements.get(0);
        CellSplitter.Snippet last = statements.get(statements.size() - 1);
        // the brace goes on the first's line and the closing one on a line of its own, after a possible line comment
        String text = body.substring(first.start(), last.start() + last.source().length());
        List<Unit> separately = statements.stream().map(StatementBlocks::asWritten).toList();
        return new Unit("{" + text + "\n}", first.start(), List.copyOf(statements), false, separately);
    }

    /** Plain statements (maybe none) and the cell's last expression, handed to {@link CellValue}, as one block. */
    private static Unit kept(String body, List<CellSplitter.Snippet> run) {
        CellSplitter.Snippet expression = run.get(run.size() - 1);
        List<CellSplitter.Snippet> statements = run.subList(0, run.size() - 1);
        List<Unit> fallback = new ArrayList<>();
        if (!statements.isEmpty()) {
            fallback.add(block(body, statements));
        }
        fallback.add(asWritten(expression));
        CellSplitter.Snippet first = run.get(0);
        // the expression keeps its line; what follows it, on a line of its own, is after a possible line comment
        String text = body.substring(first.start(), expression.start()) + KEEP + expression.source() + "\n);";
        return new Unit("{" + text + "\n}", first.start(), List.copyOf(run), true, List.copyOf(fallback));
    }

    private static Unit asWritten(CellSplitter.Snippet snippet) {
        return new Unit(snippet.source(), snippet.start(), List.of(snippet), false, List.of());
    }

    /**
     * True for what can only be an expression whose value the cell shows: no semicolon ends it, and it starts
     * neither as a declaration nor as a statement with a body. A void call passes, and is then rejected and
     * run as written.
     */
    static boolean isValueExpression(String source) {
        if (source.endsWith(";") || source.endsWith("}")) {
            return false;
        }
        JavaTokens tokens = new JavaTokens(source, 0);
        String first = tokens.next();
        if (first.equals("@") || SourceVersion.isKeyword(first) && !VALUE_KEYWORDS.contains(first)) {
            return PRIMITIVES.contains(first) && tokens.next().equals(".");  // int.class is a value, int x = 1 declares
        }
        if (!SourceVersion.isIdentifier(first)) {
            return true;  // a literal, a parenthesis, an operator
        }
        String second = tokens.next();
        // a declaration without its semicolon: A b = ..., A[] b = ... (A<B> b = ... is rejected and run as written)
        return !(SourceVersion.isIdentifier(second) && !SourceVersion.isKeyword(second) || second.equals("[") && tokens.next().equals("]"));
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
