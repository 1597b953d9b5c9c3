package org.gillab.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;

/**
 * The options of a {@code %%python} line, read like a command line (quotes keep spaces in a file name).
 * A bad option is an IllegalArgumentException whose message says what is allowed.
 *
 * @param gils           the model sessions the cell runs in, in order (new by default)
 * @param switchInterval sys.setswitchinterval for those sessions first, or null to keep theirs
 * @param checkInterval  sys.setcheckinterval for those sessions first, or null to keep theirs
 * @param timelineFile   where to write the timeline as a Chrome trace, or null
 */
record PythonOptions(List<GilKind> gils, Profile profile, Duration switchInterval, Integer checkInterval,
                     boolean stats, boolean timeline, Path timelineFile, boolean cpython, boolean reset, boolean help) {

    static final String USAGE = """
            %%python [options]: runs the cell as Python on the GIL Lab model. Each GIL kind and profile has its
            own session, whose globals persist from cell to cell.
              --gil KIND[,KIND...]    new (CPython 3.2+, the default), old (2.x), free (3.13t) or unsafe (no lock);
                                      with several, the cell runs in each session in turn, labelled, with its wall time
              --profile VERSION       3.11 (the default; also 3.10, 3.12, 3.13) or 3.9 (also 3.8, 2.7): where the
                                      eval loop may switch threads
              --switch-interval MS    the session's sys.setswitchinterval, in milliseconds (default 5; new GIL)
              --check-interval N      the session's sys.setcheckinterval (default 100; old GIL)
              --stats                 after the cell: the lock's hand-offs, drop requests, hold and wait times
              --timeline [FILE.json]  after the cell: who held the lock when, as a chart; FILE.json also gets it
                                      as a Chrome trace file (open it in Perfetto or chrome://tracing)
              --cpython               also run the cell on this machine's python3, in the notebook's CPython session
              --reset                 start the session(s) afresh
              --help                  this help
            From Java cells: Python.get("x"), Python.set("x", value), Python.table("rows"),
            Python.compare("rows", "new", "free", "cpython"), Python.session("free").get("x").
            """;

    static PythonOptions parse(String line) {
        List<String> words = words(line);
        Set<GilKind> gils = new LinkedHashSet<>();
        Profile profile = Profile.PY311;
        Duration switchInterval = null;
        Integer checkInterval = null;
        boolean stats = false;
        boolean timeline = false;
        Path timelineFile = null;
        boolean cpython = false;
        boolean reset = false;
        boolean help = false;
        for (int i = 0; i < words.size(); i++) {
            String option = words.get(i);
            switch (option) {
                case "--gil" -> {
                    for (String kind : value(words, ++i, option, "new").split(",")) {
                        gils.add(GilKind.parse(kind));
                    }
                }
                case "--profile" -> profile = Profile.parse(value(words, ++i, option, "3.9"));
                case "--switch-interval" -> switchInterval = milliseconds(value(words, ++i, option, "5"));
                case "--check-interval" -> checkInterval = ticks(value(words, ++i, option, "100"));
                case "--stats" -> stats = true;
                case "--timeline" -> {
                    timeline = true;
                    if (i + 1 < words.size() && !words.get(i + 1).startsWith("-")) {
                        timelineFile = Path.of(words.get(++i));
                    }
                }
                case "--cpython" -> cpython = true;
                case "--reset" -> reset = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + option + "' of %%python: use "
                        + "--gil, --profile, --switch-interval, --check-interval, --stats, --timeline, --cpython, "
                        + "--reset or --help");
            }
        }
        if (gils.isEmpty()) {
            gils.add(GilKind.NEW);
        }
        return new PythonOptions(List.copyOf(gils), profile, switchInterval, checkInterval, stats, timeline, timelineFile,
                cpython, reset, help);
    }

    /** The first model session's kind: the one completion and inspection look into. */
    GilKind firstGil() {
        return gils.get(0);
    }

    private static String value(List<String> words, int index, String option, String example) {
        if (index >= words.size() || words.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value, e.g. " + option + " " + example);
        }
        return words.get(index);
    }

    private static Duration milliseconds(String text) {
        double ms;
        try {
            ms = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--switch-interval takes milliseconds, e.g. 5 or 0.5; got '" + text + "'");
        }
        if (!(ms > 0) || Double.isInfinite(ms)) {
            throw new IllegalArgumentException("switch interval must be strictly positive, got " + text + " ms");
        }
        return Duration.ofNanos(Math.max(1, Math.round(ms * 1e6)));
    }

    private static int ticks(String text) {
        try {
            return (int) Checks.atLeast("check interval", Integer.parseInt(text), 1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--check-interval takes a whole number of ticks, e.g. 100; got '" + text + "'");
        }
    }

    /** The line's words: split at spaces, except inside single or double quotes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " in the %%python line");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
