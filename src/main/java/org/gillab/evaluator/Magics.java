package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jdk.jshell.JShell;

/**
 * The magics a cell may start with, one class each, found by name, and how a cell's magic lines are
 * read: line magics ({@code %name argument}, each on its own line, before the cell's code) and at most
 * one cell magic ({@code %%name argument}), which ends the magic lines and takes the rest of the cell
 * as its body. A line magic that takes code ({@code %time}) with code on its line ends them there too.
 * {@code %%name} of a line magic ({@code %%time}) is that line magic.
 */
final class Magics implements AutoCloseable {
    /** A line magic's line: the magic and its argument. */
    record Call(LineMagic magic, String argument) {}

    /** The cell magic's line: the magic and its argument. */
    record CellCall(CellMagic magic, String argument) {}

    /**
     * A cell's magic lines, read.
     *
     * @param cellCall   the cell magic that runs the body, or null when the body is Java
     * @param unknown    a magic that does not exist, as written ("%nonsense"), or null
     * @param body       what follows the magic lines
     * @param bodyOffset where the body starts in the cell
     */
    record Parsed(List<Call> calls, CellCall cellCall, String unknown, String body, int bodyOffset) {}

    private final Map<String, LineMagic> lineMagics = new LinkedHashMap<>();
    private final Supplier<List<CellMagic>> cellMagicSource;
    /** The cell magics by name, made on first need: a notebook without any pays nothing for them. */
    private Map<String, CellMagic> cellMagics;

    Magics(Supplier<JShell> shell, Supplier<List<CellMagic>> cellMagics) {
        add(new TimeMagic());
        add(new ClasspathMagic(shell));
        add(new HelpMagic(this::helpEntries));
        this.cellMagicSource = cellMagics;
    }

    /** The kernel's magics: ours and the cell magics that packages above provide as services. */
    static Magics load(Supplier<JShell> shell) {
        return new Magics(shell, () -> {
            List<CellMagic> provided = new ArrayList<>();
            ServiceLoader.load(CellMagic.class, Magics.class.getClassLoader()).forEach(provided::add);
            return provided;
        });
    }

    private void add(LineMagic magic) {
        lineMagics.put(magic.name(), magic);
    }

    synchronized Map<String, CellMagic> cellMagics() {
        if (cellMagics == null) {
            cellMagics = new LinkedHashMap<>();
            cellMagicSource.get().forEach(magic -> cellMagics.put(magic.name(), magic));
        }
        return cellMagics;
    }

    private List<HelpMagic.Entry> helpEntries() {
        return Stream.concat(
                lineMagics.values().stream().map(m -> new HelpMagic.Entry(m.usage(), m.description())),
                cellMagics().values().stream().map(m -> new HelpMagic.Entry(m.usage(), m.description()))).toList();
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
            boolean cellMarker = cell.startsWith("%%", lineStart);
            String marker = cellMarker ? "%%" : "%";
            String name = cell.substring(lineStart + marker.length(), lineEnd).split("\\s", 2)[0];
            int argumentStart = lineStart + marker.length() + name.length();
            String argument = cell.substring(argumentStart, lineEnd);
            int next = Math.min(cell.length(), lineEnd + 1);
            CellMagic cellMagic = cellMarker ? cellMagics().get(name) : null;
            if (cellMagic != null) {
                return new Parsed(calls, new CellCall(cellMagic, argument.strip()), null, cell.substring(next), next);
            }
            LineMagic magic = lineMagics.get(name);
            if (magic == null) {
                return new Parsed(calls, null, marker + name, cell.substring(offset), offset);
            }
            if (magic.takesCode() && !argument.isBlank()) {
                calls.add(new Call(magic, ""));
                return new Parsed(calls, null, null, cell.substring(argumentStart), argumentStart);
            }
            calls.add(new Call(magic, magic.takesCode() ? "" : argument.strip()));
            offset = next;
        }
        return new Parsed(calls, null, null, cell.substring(offset), offset);
    }

    private static int skipBlankLines(String cell, int offset) {
        int i = offset;
        while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Closes the cell magics that were made (their sessions and processes). */
    @Override
    public synchronized void close() {
        if (cellMagics != null) {
            cellMagics.values().forEach(CellMagic::close);
        }
    }
}
