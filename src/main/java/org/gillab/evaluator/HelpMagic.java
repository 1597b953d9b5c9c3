package org.gillab.evaluator;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** {@code %help}: lists the magics, then the display functions every cell can call. */
final class HelpMagic implements LineMagic {
    /** One magic in the list: how it is written and what it does. */
    record Entry(String usage, String description) {}

    private static final String DISPLAY_FUNCTIONS = """
            Display (no import needed; as IPython.display):
              html(s), markdown(s), latex(s), svg(s), png(bytes), json(mapListRecordOrBean)
                                             display values: shown when they are the cell's value or passed to display
              display(x)                     show x now with every representation its renderer gives; returns a handle
              display(x, "text/html", ...)   show only these MIME types (plus text/plain); a String fills any type,
                                             a Map, List, record or bean gives application/json
              handle.update(x)               replace that output in place (also updateDisplay(handle, x))
            Interrupt a running cell with the front end's stop button; System.exit in a cell does not end the kernel.
            """;

    private final Supplier<List<Entry>> magics;

    /** @param magics every magic the kernel knows, this one included */
    HelpMagic(Supplier<List<Entry>> magics) {
        this.magics = magics;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "%help";
    }

    @Override
    public String description() {
        return "this help";
    }

    @Override
    public ExecutionOutcome run(String argument, Supplier<ExecutionOutcome> rest) {
        System.out.print(text());
        return rest.get();
    }

    String text() {
        StringBuilder text = new StringBuilder("Magics (at the start of a cell):\n");
        for (Entry magic : magics.get()) {
            text.append(String.format(Locale.ROOT, "  %-18s %s%n", magic.usage(), magic.description()));
        }
        return text.append(DISPLAY_FUNCTIONS).toString();
    }
}
