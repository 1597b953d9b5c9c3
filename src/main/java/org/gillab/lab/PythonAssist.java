package org.gillab.lab;

import java.util.List;
import java.util.TreeSet;
import org.gillab.evaluator.Completion;
import org.gillab.evaluator.CompletenessCheck;
import org.gillab.evaluator.Inspection;
import org.gillab.model.Interpreter;
import org.gillab.model.compile.CompileError;

/**
 * Completion, inspection and completeness of Python in a {@code %%python} cell, answered from the
 * session the cell runs in, as IPython answers from its namespace: names are looked up, nothing runs.
 */
final class PythonAssist {
    /** keyword.kwlist of CPython 3.11. */
    static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private PythonAssist() {}

    /**
     * Names that complete the (dotted) name before the cursor: attributes of what the part before the
     * last dot names, or the session's globals, the builtins and the keywords. Names with a leading
     * underscore only when the typed part has one.
     */
    static Completion complete(Interpreter session, String body, int cursor) {
        String typed = body.substring(nameStart(body, cursor), cursor);
        int dot = typed.lastIndexOf('.');
        String prefix = typed.substring(dot + 1);
        TreeSet<String> matches = new TreeSet<>();
        if (!typed.isEmpty() && Character.isDigit(typed.charAt(0))) {
            return new Completion(List.of(), cursor, cursor); // a number, not a name
        }
        List<String> candidates = dot >= 0 ? session.attributeNames(typed.substring(0, dot)) : session.globalNames();
        for (String name : dot >= 0 ? candidates : concat(candidates, KEYWORDS)) {
            if (name.startsWith(prefix) && (prefix.startsWith("_") || !name.startsWith("_"))) {
                matches.add(name);
            }
        }
        return new Completion(List.copyOf(matches), cursor - prefix.length(), cursor);
    }

    /** What the name at the cursor (or of the call whose parenthesis is before it) stands for, as IPython's inspector puts it. */
    static Inspection inspect(Interpreter session, String body, int cursor) {
        int end = cursor;
        while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
            end++;
        }
        if (end == cursor && cursor > 0 && body.charAt(cursor - 1) == '(') {
            end = cursor - 1; // f( : the function being called
        }
        String name = body.substring(nameStart(body, end), end);
        Interpreter.Description description = name.isEmpty() ? null : session.describe(name);
        if (description == null) {
            return Inspection.NOTHING;
        }
        StringBuilder text = new StringBuilder();
        if (description.signature() != null) {
            text.append("Signature:   ").append(description.signature()).append('\n');
        } else {
            text.append("String form: ").append(description.repr()).append('\n');
        }
        text.append("Type:        ").append(description.type());
        return new Inspection(true, text.toString());
    }

    /**
     * Whether the cell can run as it is, as IPython's check_complete decides: incomplete while a
     * bracket or a triple-quoted string is open, a block has no body yet (or a try no except) at the
     * end, or the last line is still indented (a block goes on until a blank line); invalid for any
     * other syntax error.
     */
    static CompletenessCheck isComplete(String body) {
        String[] lines = body.split("\n", -1);
        String lastLine = lines[lines.length - 1];
        try {
            org.gillab.model.compile.Compiler.compile(body, "<cell>");
        } catch (CompileError e) {
            if (e.isNotImplemented()) {
                return CompletenessCheck.COMPLETE; // valid Python the model reports when it runs
            }
            boolean open = e.detail().endsWith("was never closed") || e.detail().startsWith("unterminated triple-quoted");
            boolean blockToCome = e.isAtEndOfInput() && (e.detail().startsWith("expected an indented block")
                    || e.detail().equals("expected 'except' or 'finally' block"));
            return open || blockToCome ? new CompletenessCheck("incomplete", nextIndent(lines)) : CompletenessCheck.INVALID;
        }
        boolean inBlock = !lastLine.isBlank() && Character.isWhitespace(lastLine.charAt(0));
        return inBlock ? new CompletenessCheck("incomplete", indentOf(lastLine)) : CompletenessCheck.COMPLETE;
    }

    /** The indentation for the line after the last non-blank one: four more after a colon. */
    private static String nextIndent(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return indentOf(lines[i]) + (lines[i].stripTrailing().endsWith(":") ? "    " : "");
            }
        }
        return "";
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    /** Where the dotted name that ends at {@code end} starts. */
    private static int nameStart(String body, int end) {
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(body.charAt(start - 1)) || body.charAt(start - 1) == '.')) {
            start--;
        }
        return start;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
