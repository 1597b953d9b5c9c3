package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;

/**
 * The magics a cell may start with, one class each, found by name, and how a cell's magic lines are
 * read: {@code %name argument} lines, each on its own, before the cell's code. A magic that takes
 * code ({@code %time}) with code on its own line ends the magic lines there.
 */
final class Magics {
    /** A magic line: the magic and its argument. */
    record Call(LineMagic magic, String argument) {}

    /**
     * A cell's magic lines, read.
     *
     * @param unknown    the first line's magic that does not exist, as written ("%nonsense"), or null
     * @param body       the code after the magic lines
     * @param bodyOffset where the body starts in the cell
     */
    record Parsed(List<Call> calls, String unknown, String body, int bodyOffset) {}

    private final Map<String, LineMagic> lineMagics = new LinkedHashMap<>();

    Magics(JShell shell) {
        add(new TimeMagic());
        add(new ClasspathMagic(shell));
        add(new HelpMagic(this::helpEntries));
    }

    private void add(LineMagic magic) {
        lineMagics.put(magic.name(), magic);
    }

    private List<HelpMagic.Entry> helpEntries() {
        return lineMagics.values().stream().map(m -> new HelpMagic.Entry(m.usage(), m.description())).toList();
    }

    Parsed parse(String cell) {
        List<Call> calls = new ArrayList<>();
        int offset = 0;
        while (true) {
            int lineStart = skipBlankLines(cell, offset);
            if (lineStart >= cell.length() || cell.charAt(lineStart) != '%') {
                break;
            }
            int lineEnd = cell.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = cell.length();
            }
            String marker = cell.startsWith("%%", lineStart) ? "%%" : "%";
            String name = cell.substring(lineStart + marker.length(), lineEnd).split("\\s", 2)[0];
            int argumentStart = lineStart + marker.length() + name.length();
            String argument = cell.substring(argumentStart, lineEnd);
            LineMagic magic = lineMagics.get(name);
            if (magic == null) {
                return new Parsed(calls, marker + name, cell.substring(offset), offset);
            }
            if (magic.takesCode() && !argument.isBlank()) {
                calls.add(new Call(magic, ""));
                return new Parsed(calls, null, cell.substring(argumentStart), argumentStart);
            }
            calls.add(new Call(magic, magic.takesCode() ? "" : argument.strip()));
            offset = Math.min(cell.length(), lineEnd + 1);
        }
        return new Parsed(calls, null, cell.substring(offset), offset);
    }

    private static int skipBlankLines(String cell, int offset) {
        int i = offset;
        while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
            i++;
        }
        return i;
    }
}
