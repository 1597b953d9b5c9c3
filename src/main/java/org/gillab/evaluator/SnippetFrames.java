package org.gillab.evaluator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names the stack frames of snippet classes as JShell and {@link Tracebacks} understand them. A frame of
 * the current generation's classes gets back the name JShell gave the class, and JShell maps its line
 * to the snippet's. JShell knows nothing of earlier generations' classes: a frame of one whose
 * declaration was carried over (a method of a class, a lambda kept in a variable) is mapped here to its
 * snippet ("#id") and line, as JShell maps its own; a frame of any other earlier class is shown as
 * coming from an earlier cell.
 */
final class SnippetFrames {
    /** Stands for "an earlier cell" where a snippet id would be. */
    static final String EARLIER_CELL = "#";

    /** A carried wrapper class's snippet and, for each line of its class (1-based), that line in the snippet (0: none). */
    private record Carried(String snippetId, int[] snippetLines) {}

    private final Map<String, Carried> carriedByWrapper = new ConcurrentHashMap<>();

    /** Records that the wrapper class {@code runtimeName} holds snippet {@code snippetId}, laid out as {@code snippetLines} says. */
    void carry(String runtimeName, String snippetId, int[] snippetLines) {
        carriedByWrapper.put(runtimeName, new Carried(snippetId, snippetLines));
    }

    /** The snippet ids whose frames this may still name. */
    Set<String> snippetIds() {
        return carriedByWrapper.values().stream().map(Carried::snippetId).collect(Collectors.toSet());
    }

    /** {@code frame} as generation {@code current}'s JShell is to see it. */
    StackTraceElement translate(StackTraceElement frame, GenerationNames current) {
        String name = frame.getClassName();
        if (!GenerationNames.isSnippetClass(name)) {
            return frame;
        }
        String jshellName = current.jshell(name);
        if (jshellName != null) {
            return new StackTraceElement(jshellName, frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
        }
        Carried carried = carriedByWrapper.get(GenerationNames.wrapperOf(name));
        String userName = GenerationNames.userPart(name);
        if (carried == null) {
            return new StackTraceElement(userName, frame.getMethodName(), EARLIER_CELL, -1);
        }
        int line = frame.getLineNumber();
        int snippetLine = line > 0 && line < carried.snippetLines().length ? carried.snippetLines()[line] : 0;
        return new StackTraceElement(userName, frame.getMethodName(), "#" + carried.snippetId(), snippetLine);
    }

    /** The name of an exception's class as tracebacks show it. */
    String exceptionClassName(Class<?> type, GenerationNames current) {
        String name = type.getName();
        if (!GenerationNames.isSnippetClass(name)) {
            return name;
        }
        String jshellName = current.jshell(name);
        return jshellName != null ? jshellName : GenerationNames.userPart(name);
    }
}
