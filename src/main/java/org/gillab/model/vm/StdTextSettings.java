package org.gillab.model.vm;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * What reconfigure() changes of sys.stdin, sys.stdout or sys.stderr, kept by each interpreter (the three
 * stream objects are one per JVM, and a subinterpreter's reconfigure must not change the kernel's), and
 * whether the stream has read anything, after which textio.c refuses a new encoding or newline.
 *
 * @param newline null for None (universal newlines)
 */
record StdTextSettings(String encoding, String errors, String newline, boolean lineBuffering, boolean writeThrough,
                       boolean hasRead) {
    /** PYTHONUNBUFFERED, which CPython reads at start-up: the three streams write through their buffers. */
    private static final boolean UNBUFFERED = System.getenv("PYTHONUNBUFFERED") != null
            && !System.getenv("PYTHONUNBUFFERED").isEmpty();
    private static final String STDIO_ERRORS = stdioErrors();

    /**
     * The settings create_stdio gives the stream of descriptor {@code fd} on Linux: UTF-8, "\n" newlines, stderr
     * escaping what it cannot encode; never a tty here, so stderr alone line-buffered (3.9+), unless -u makes
     * all three write through.
     */
    static StdTextSettings initial(int fd) {
        return new StdTextSettings("utf-8", fd == 2 ? "backslashreplace" : STDIO_ERRORS, "\n", fd == 2 && !UNBUFFERED,
                UNBUFFERED, false);
    }

    /**
     * stdin's and stdout's errors= (config_get_stdio_errors): surrogateescape in UTF-8 mode and in the C locale
     * or one CPython coerces it to, so that undecodable bytes pass through; strict in any other locale.
     */
    private static String stdioErrors() {
        if ("1".equals(System.getenv("PYTHONUTF8"))) {
            return "surrogateescape";
        }
        String locale = Stream.of("LC_ALL", "LC_CTYPE", "LANG").map(System::getenv)
                .filter(value -> value != null && !value.isEmpty()).findFirst().orElse("C");
        return Set.of("C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8").contains(locale) ? "surrogateescape" : "strict";
    }

    /** reconfigure()'s settings, as io._reconfigured takes and returns them: a new reference. */
    PyTuple toTuple(ThreadState ts) {
        return new PyTuple(ts, new PyObject[] {new PyStr(ts, encoding), new PyStr(ts, errors),
                newline == null ? PyNone.NONE : new PyStr(ts, newline), PyBool.of(lineBuffering), PyBool.of(writeThrough)});
    }

    /** The settings io._reconfigured returned (borrowed). */
    StdTextSettings with(PyTuple settings) {
        PyObject newlineValue = settings.get(2);
        return new StdTextSettings(settings.get(0).str(), settings.get(1).str(),
                newlineValue == PyNone.NONE ? null : newlineValue.str(), settings.get(3).truthy(), settings.get(4).truthy(),
                hasRead);
    }

    StdTextSettings read() {
        return hasRead ? this : new StdTextSettings(encoding, errors, newline, lineBuffering, writeThrough, true);
    }

    /** Whether text goes out as it is: UTF-8 (which encodes any text the model's strings hold) and "\n" kept. */
    boolean writesTextAsIs() {
        return translatedNewline() == null && isUtf8();
    }

    boolean isUtf8() {
        String name = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return name.equals("utf-8") || name.equals("utf8");
    }

    /** What "\n" becomes on the way out: null when it stays "\n" (newline None, "" or "\n" on Linux). */
    String translatedNewline() {
        return "\r".equals(newline) || "\r\n".equals(newline) ? newline : null;
    }
}
