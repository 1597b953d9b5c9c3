package org.gillab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Papermill's parameters for a Java notebook: the declarations of the cell tagged {@code parameters} are
 * the notebook's parameters and their defaults; new values go into a cell tagged
 * {@code injected-parameters} right after it, which declares each name again, with a literal of its
 * declared type. Later cells see the new values; the parameters cell's own statements still ran with
 * the defaults, as with papermill.
 */
final class NotebookParameters {
    static final String PARAMETERS_TAG = "parameters";
    static final String INJECTED_TAG = "injected-parameters";
    /** The comment papermill's injected cell starts with, in the language's comment syntax. */
    static final String INJECTED_COMMENT = "// Parameters";

    /** A top-level declaration: an unindented {@code TYPE NAME = INITIALIZER;}, with an optional final. */
    private static final Pattern DECLARATION = Pattern.compile(
            "^(?:final\\s+)?([A-Za-z_$][\\w$.]*(?:<[^=;]*>)?(?:\\s*\\[\\s*])*)\\s+([A-Za-z_$][\\w$]*)\\s*=(?!=)\\s*([^;]*)",
            Pattern.MULTILINE);

    /** One parameter: its declared type, its name and the source of its default. */
    record Declaration(String type, String name, String initializer) {}

    private final Notebook notebook;
    private final int cellIndex;
    private final Map<String, Declaration> declared;

    private NotebookParameters(Notebook notebook, int cellIndex, Map<String, Declaration> declared) {
        this.notebook = notebook;
        this.cellIndex = cellIndex;
        this.declared = declared;
    }

    /** The parameters {@code notebook} declares (none when no cell is tagged {@code parameters}). */
    static NotebookParameters of(Notebook notebook) {
        int index = notebook.indexOfTagged(PARAMETERS_TAG);
        Map<String, Declaration> declared = new LinkedHashMap<>();
        if (index >= 0) {
            Matcher m = DECLARATION.matcher(Notebook.source(notebook.cells().get(index)));
            while (m.find()) {
                String type = m.group(1).replaceAll("\\s+", "");
                declared.put(m.group(2), new Declaration(type, m.group(2), m.group(3).strip()));
            }
        }
        return new NotebookParameters(notebook, index, declared);
    }

    List<Declaration> declarations() {
        return List.copyOf(declared.values());
    }

    boolean declares(String name) {
        return declared.containsKey(name);
    }

    /** What the notebook offers, for error messages: "01-countdown.ipynb has count, workers, repeats". */
    String describe() {
        String file = notebook.path().getFileName().toString();
        if (cellIndex < 0) {
            return file + " has no cell tagged '" + PARAMETERS_TAG + "'";
        }
        return declared.isEmpty() ? file + " declares no parameters in its '" + PARAMETERS_TAG + "' cell"
                : file + " has " + String.join(", ", declared.keySet());
    }

    /**
     * Puts the injected cell for {@code values} (names this notebook declares) into the notebook, as papermill
     * does: in place of an earlier injected cell, else right after the parameters cell; and the values into
     * the notebook's metadata ({@code papermill.parameters}).
     *
     * @return each name's literal, in the order given
     * @throws IllegalArgumentException for a name the notebook does not declare or a value not of its type
     */
    Map<String, String> inject(Map<String, Object> values) {
        Map<String, String> literals = new LinkedHashMap<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        StringBuilder source = new StringBuilder(INJECTED_COMMENT).append('\n');
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            Declaration declaration = declared.get(entry.getKey());
            if (declaration == null) {
                throw new IllegalArgumentException("no parameter '" + entry.getKey() + "': " + describe());
            }
            JavaLiteral literal;
            try {
                literal = JavaLiteral.of(declaration.type(), entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + declaration.name() + "' of "
                        + notebook.path().getFileName() + " is " + declaration.type() + ": " + e.getMessage());
            }
            literals.put(declaration.name(), literal.source());
            typed.put(declaration.name(), literal.value());
            source.append(declaration.type()).append(' ').append(declaration.name()).append(" = ").append(literal.source()).append(";\n");
        }
        Map<String, Object> cell = Notebook.codeCell(source.toString(), INJECTED_TAG);
        int earlier = notebook.indexOfTagged(INJECTED_TAG);
        if (earlier >= 0) {
            notebook.cells().set(earlier, cell);
        } else {
            notebook.cells().add(cellIndex + 1, cell);
        }
        papermillMetadata().put("parameters", typed);
        return literals;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> papermillMetadata() {
        return (Map<String, Object>) notebook.metadata().computeIfAbsent("papermill", key -> new LinkedHashMap<>());
    }
}
