package org.gillab.evaluator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Completion, documentation and completeness of cell text, from JShell's SourceCodeAnalysis. JShell
 * analyses one snippet, so each question is asked about the snippet the cursor is in. A cell magic's
 * cell is asked of the magic, about its body.
 */
final class CodeAssist {
    private final SourceCodeAnalysis analysis;
    private final CellSplitter splitter;
    private final Magics magics;

    CodeAssist(SourceCodeAnalysis analysis, Magics magics) {
        this.analysis = analysis;
        this.magics = magics;
        this.splitter = new CellSplitter(analysis);
    }

    Completion complete(String cell, int cursor) {
        Magics.Parsed parsed = magics.parse(cell);
        if (parsed.cellCall() != null) {
            int offset = parsed.bodyOffset();
            return cursor < offset ? new Completion(List.of(), cursor, cursor)
                    : parsed.cellCall().magic().complete(parsed.cellCall().argument(), parsed.body(), cursor - offset).shifted(offset);
        }
        int start = snippetStart(cell, cursor);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(cell.substring(start, cursor), cursor - start, anchor);
        // JShell lists type-matching suggestions with the others; show them first, each name once
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        return new Completion(List.copyOf(matches), start + anchor[0], cursor);
    }

    Inspection inspect(String cell, int cursor) {
        Magics.Parsed parsed = magics.parse(cell);
        if (parsed.cellCall() != null) {
            return cursor < parsed.bodyOffset() ? Inspection.NOTHING
                    : parsed.cellCall().magic().inspect(parsed.cellCall().argument(), parsed.body(), cursor - parsed.bodyOffset());
        }
        int start = snippetStart(cell, cursor);
        String snippet = cell.substring(start, wordEnd(cell, cursor));
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(snippet, snippet.length(), true);
        if (docs.isEmpty() && !snippet.endsWith("(")) {
            // JShell documents a method at its argument list: "String.valueOf" means "String.valueOf("
            docs = analysis.documentation(snippet + "(", snippet.length() + 1, true);
        }
        if (docs.isEmpty()) {
            return Inspection.NOTHING;
        }
        String text = docs.stream()
                .map(d -> d.javadoc() == null || d.javadoc().isBlank() ? d.signature() : d.signature() + "\n\n" + plainJavadoc(d.javadoc()))
                .collect(Collectors.joining("\n\n" + "-".repeat(60) + "\n\n"));
        return new Inspection(true, text);
    }

    CompletenessCheck isComplete(String cell) {
        Magics.Parsed parsed = magics.parse(cell);
        if (parsed.cellCall() != null) {
            // as in IPython, a cell magic's line alone waits for its body
            return parsed.body().isBlank() ? CompletenessCheck.INCOMPLETE : parsed.cellCall().magic().isComplete(parsed.body());
        }
        String rest = parsed.body();
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.DEFINITELY_INCOMPLETE || completeness == Completeness.CONSIDERED_INCOMPLETE) {
                return CompletenessCheck.INCOMPLETE;
            }
            if (completeness == Completeness.UNKNOWN) {
                return CompletenessCheck.INVALID;
            }
            if (completeness == Completeness.EMPTY || info.remaining().length() >= rest.length()) {
                break;
            }
            rest = info.remaining();
        }
        return CompletenessCheck.COMPLETE;
    }

    /** Javadoc as a reader wants it in a pager: inline tags reduced to their text, HTML tags dropped. */
    static String plainJavadoc(String javadoc) {
        return javadoc.strip()
                .replaceAll("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}", "$1")
                .replaceAll("</?(?:p|i|b|em|strong|code|pre|ul|ol|li|br|a[^>]*)\\s*/?>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Where the snippet holding {@code cursor} starts: after the last snippet that ends before it. */
    private int snippetStart(String cell, int cursor) {
        List<CellSplitter.Snippet> before = splitter.split(cell.substring(0, cursor));
        return before.isEmpty() ? cursor : before.get(before.size() - 1).start();
    }

    /** Inspecting in the middle of a name means the whole name. */
    private static int wordEnd(String cell, int cursor) {
        int end = cursor;
        while (end < cell.length() && Character.isJavaIdentifierPart(cell.charAt(end))) {
            end++;
        }
        return end;
    }
}
