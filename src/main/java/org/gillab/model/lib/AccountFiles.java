package org.gillab.model.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.gillab.model.object.Numbers;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * What the pwd and grp modules share: the colon-separated account files /etc/passwd and /etc/group, which
 * the model reads itself where CPython asks the C library (so accounts that only NSS sources such as LDAP
 * know are missing), and the uid/gid argument, checked with the range rules python3 shows.
 */
final class AccountFiles {
    private AccountFiles() {}

    /** A uid_t or gid_t is 32 bits, its all-ones value (-1) meaning "no id". */
    private static final long NO_ID = 0xFFFF_FFFFL;

    /** The entries of {@code file} with exactly {@code fields} fields that {@code match} accepts, in the file's order. */
    static List<String[]> entries(String file, int fields, Predicate<String[]> match) {
        List<String[]> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String[] entry = line.split(":", -1);
                // blank lines, comments and NIS "+"/"-" lines are not accounts
                if (entry.length == fields && !line.startsWith("#") && !line.startsWith("+") && !line.startsWith("-")
                        && match.test(entry)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            // no file is no accounts, as getpwent finds none
        }
        return entries;
    }

    /** The first of {@code found} made a Python object, KeyError({@code notFound}) when there is none. */
    static PyObject first(ThreadState ts, List<String[]> found, BiFunction<ThreadState, String[], PyObject> make,
            String notFound) {
        if (found.isEmpty()) {
            throw PyErrors.keyError(PyStr.constant(notFound));
        }
        return make.apply(ts, found.get(0));
    }

    /** A list of every one of {@code entries} made a Python object (getpwall, getgrall). */
    static PyObject list(ThreadState ts, List<String[]> entries, BiFunction<ThreadState, String[], PyObject> make) {
        List<PyObject> all = new ArrayList<>();
        entries.forEach(entry -> all.add(make.apply(ts, entry)));
        return new PyList(ts, all);
    }

    /** An id field of an entry, or null when it is not a number. */
    static Long id(String field) {
        try {
            return Long.parseLong(field) & NO_ID;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An id as CPython shows it: unsigned, but the all-ones "no id" as -1. */
    static long shown(long id) {
        return id == NO_ID ? -1 : id;
    }

    /**
     * A uid or gid argument ({@code kind} "uid" or "gid"): -1 or 0 .. 2**32-1, else OverflowError "gid is less
     * than minimum" (even for too large ones that fit a C long, as python3 says) or "greater than maximum".
     */
    static long idArgument(PyObject o, String kind) {
        Long id = idOrNull(o, kind);
        if (id == null) {
            PyInt i = Numbers.asInt(o);
            boolean huge = i.big != null && i.big.signum() > 0;
            throw PyErrors.overflowError(kind + " is " + (huge ? "greater than maximum" : "less than minimum"));
        }
        return id;
    }

    /** A uid or gid argument, or null when no id can be that number; a TypeError when it is no int. */
    static Long idOrNull(PyObject o, String kind) {
        PyInt i = Numbers.asInt(o);
        if (i == null || o instanceof PyFloat) {
            throw PyErrors.typeError(kind + " should be integer, not " + o.type().name());
        }
        return i.big == null && (i.value == -1 || (i.value >= 0 && i.value <= NO_ID)) ? i.value & NO_ID : null;
    }

    /** A name argument: a str without NUL, else {@code typeMessage} + the argument's type. */
    static String nameArgument(PyObject o, String typeMessage) {
        if (!(o instanceof PyStr name)) {
            throw PyErrors.typeError(typeMessage + o.type().name());
        }
        if (name.value.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        return name.value;
    }
}
