package org.gillab.evaluator;

/**
 * The names the classes of one generation of the cells' JShell are loaded under. JShell names the
 * classes it compiles after its snippets' keys ({@code REPL.$JShell$12B}, its member classes
 * {@code REPL.$JShell$12B$Box}) and starts counting again in every JShell; the classes of all
 * generations live in one class loader ({@link SnippetClassLoader}), so generation {@code g} loads them
 * as {@code REPL.$G<g>$12B}. Other names, such as the stop-check class JShell 21+ weaves into cells
 * ({@code REPL.$Cancel$}), are kept: one class for every generation.
 */
record GenerationNames(int generation) {
    private static final String JSHELL_PREFIX = "REPL.$JShell$";
    private static final String PACKAGE = "REPL.";

    /** The name a class JShell calls {@code jshellName} is loaded under in this generation. */
    String runtime(String jshellName) {
        return jshellName.startsWith(JSHELL_PREFIX) ? prefix() + jshellName.substring(JSHELL_PREFIX.length()) : jshellName;
    }

    /** The name JShell knows a class of this generation by, or null when {@code runtimeName} is of no class of this generation. */
    String jshell(String runtimeName) {
        return runtimeName.startsWith(prefix()) ? JSHELL_PREFIX + runtimeName.substring(prefix().length()) : null;
    }

    /**
     * The class file with every name of this generation's classes in it renamed: in each of its Utf8
     * constants, which hold the names (alone, in descriptors and in signatures) in their internal form. No
     * other text holds JShell's package with a slash.
     */
    byte[] remap(byte[] classFile) {
        String from = internal(JSHELL_PREFIX);
        String to = internal(prefix());
        return ClassFiles.map(classFile, text -> text.replace(from, to));
    }

    /** True for the loaded name of a class that any generation's JShell compiled. */
    static boolean isSnippetClass(String runtimeName) {
        return runtimeName.startsWith(PACKAGE + "$G");
    }

    /** The wrapper class a snippet class belongs to: {@code REPL.$G3$7} for {@code REPL.$G3$7$Box}. */
    static String wrapperOf(String runtimeName) {
        int end = wrapperEnd(runtimeName);
        return end < 0 ? runtimeName : runtimeName.substring(0, end);
    }

    /**
     * The part of a snippet class's name a user wrote: "Box" for {@code REPL.$G3$7$Box}, "" for the
     * wrapper class itself (as JShell shows them).
     */
    static String userPart(String runtimeName) {
        int end = wrapperEnd(runtimeName);
        return end < 0 ? "" : runtimeName.substring(end + 1);
    }

    /** Where the wrapper's name ends in a snippet class's name (at the '$' before a member's name), or -1. */
    private static int wrapperEnd(String runtimeName) {
        int generationEnd = runtimeName.indexOf('$', PACKAGE.length() + 2);
        return runtimeName.indexOf('$', generationEnd + 1);
    }

    private String prefix() {
        return PACKAGE + "$G" + generation + "$";
    }

    private static String internal(String binaryName) {
        return binaryName.replace('.', '/');
    }
}
