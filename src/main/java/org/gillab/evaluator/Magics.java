package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.List;

/**
 * The magic lines at the start of a cell ({@code %name argument}). {@code %time} times the code after it
 * (the rest of its line and the lines below), so it ends the magic lines.
 */
final class Magics {
    static final String TIME = "time";
    static final String CLASSPATH = "classpath";
    static final String HELP = "help";

    static final String HELP_TEXT = """
            Magics (at the start of a cell):
              %time CODE         run CODE (the rest of the cell) and print its wall and CPU time
              %classpath PATH    add jars or directories (separated by 'SEPARATOR'; DIR/* adds every jar in DIR)
              %help              this help
            Display (no import needed; as IPython.display):
              html(s), markdown(s), latex(s), svg(s), png(bytes), json(mapListRecordOrBean)
                                             display values: shown when they are the cell's value or passed to display
              display(x)                     show x now with every representation its renderer gives; returns a handle
              display(x, "text/html", ...)   show only these MIME types (plus text/plain); a String fills any type,
                                             a Map, List, record or bean gives application/json
              handle.update(x)               replace that output in place (also updateDisplay(handle, x))
            Interrupt a running cell with the front end's stop button; System.exit in a cell does not end the kernel.
            """.replace("SEPARATOR", java.io.File.pathSeparator);

    record Magic(String name, String argument) {}

    /** The magics found, and the code after them with its offset in the cell. */
    record Parsed(List<Magic> magics, String body, int bodyOffset) {}

    private Magics() {}

    static Parsed parse(String cell) {
        List<Magic> magics = new ArrayList<>();
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
            String line = cell.substring(lineStart, lineEnd);
            String name = line.replaceFirst("^%%?", "").split("\\s", 2)[0];
            int argumentStart = lineStart + line.indexOf(name) + name.length();
            if (name.equals(TIME)) {
                magics.add(new Magic(name, ""));
                return new Parsed(magics, cell.substring(argumentStart), argumentStart);
            }
            magics.add(new Magic(name, cell.substring(argumentStart, lineEnd).strip()));
            offset = Math.min(cell.length(), lineEnd + 1);
        }
        return new Parsed(magics, cell.substring(offset), offset);
    }

    private static int skipBlankLines(String cell, int offset) {
        int i = offset;
        while (i < cell.length() && Character.isWhitespace(cell.charAt(i))) {
            i++;
        }
        return i;
    }
}
