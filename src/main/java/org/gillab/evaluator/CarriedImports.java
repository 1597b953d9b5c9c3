package org.gillab.evaluator;

import java.util.HashMap;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The import snippets through which one generation of the cells' JShell sees the variables and classes
 * declared in earlier generations ({@link ShellGenerations}), by the name they import. A cell that
 * declares the name again replaces the earlier declaration, as in one JShell: its import is dropped,
 * since two imports of one name would make the name ambiguous. JShell then compiles the snippets that
 * used the name again, against the new declaration.
 */
final class CarriedImports {
    private final JShell shell;
    private final Map<String, Snippet> importsByName = new HashMap<>();

    CarriedImports(JShell shell) {
        this.shell = shell;
    }

    /** The key of what {@code declaration} declares ("variable x", "type Box"); null when it is neither a variable nor a type. */
    static String key(Snippet declaration) {
        if (declaration instanceof VarSnippet variable) {
            return "variable " + variable.name();
        }
        return declaration instanceof TypeDeclSnippet type ? "type " + type.name() : null;
    }

    void add(String key, Snippet importSnippet) {
        importsByName.put(key, importSnippet);
    }

    /** The key {@code importSnippet} carries, or null when it is an import of the user's. */
    String keyOf(Snippet importSnippet) {
        return importsByName.entrySet().stream().filter(e -> e.getValue() == importSnippet).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** A cell declared {@code declaration}: the import of an earlier declaration of its name, if any, is dropped. */
    void replacedBy(Snippet declaration) {
        String key = key(declaration);
        Snippet carried = key == null ? null : importsByName.remove(key);
        if (carried != null && shell.status(carried).isActive()) {
            shell.drop(carried);
        }
    }
}
