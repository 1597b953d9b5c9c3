package org.gillab.model.object;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.PythonException;
import org.gillab.model.vm.FrameState;

/**
 * The "Did you mean: 'value'?" of CPython 3.11's tracebacks (Python/suggestions.c): for an AttributeError,
 * the closest of dir(obj) to its name; for a NameError, the closest of the innermost frame's local
 * variable names, else of its globals, else of its builtins. Closest is a Levenshtein distance on the
 * UTF-8 bytes where a case flip costs 1 and any other edit 2, and no more than about a third of the
 * characters may change.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {}

    /** _Py_Offer_Suggestions: the name to suggest for {@code e}, or null. A __dir__ that fails gives none. */
    public static String offer(ThreadState ts, PyException e) {
        if (!(e.member("name") instanceof PyStr name) || name.type() != Types.STR) {
            return null;
        }
        try {
            if (e.type().isSubtypeOf(PyErrors.ATTRIBUTE_ERROR)) {
                PyObject obj = e.member("obj");
                return obj == null ? null : closest(dir(ts, obj), name.value);
            }
            if (e.type().isSubtypeOf(PyErrors.NAME_ERROR)) {
                return forName(ts, e, name.value);
            }
        } catch (PythonException failed) {
            ts.decref(failed.exception());
        }
        return null;
    }

    /** offer_suggestions_for_name_error: the innermost frame's variables, then its globals, then its builtins. */
    private static String forName(ThreadState ts, PyException e, String name) {
        List<PythonException.Frame> frames = e.traceback();
        FrameState frame = frames.isEmpty() ? null : frames.get(frames.size() - 1).state();
        if (frame == null) {
            return null;
        }
        String suggestion = closest(frame.code().source.varNames(), name);
        if (suggestion == null) {
            suggestion = closest(keys(frame.globals()), name);
        }
        if (suggestion == null) {
            suggestion = closest(keys(PyTraceback.builtins(ts, frame.globals())), name);
        }
        return suggestion;
    }

    private static List<String> keys(PyDict dict) {
        List<String> keys = new ArrayList<>();
        dict.entries().keySet().forEach(k -> keys.add(k.str()));
        return keys;
    }

    /** dir(obj), as PyObject_Dir gives it to suggestions.c. */
    private static List<String> dir(ThreadState ts, PyObject obj) {
        PyList names = Ops.dir(ts, obj);
        try {
            List<String> dir = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                dir.add(names.get(i).str());
            }
            return dir;
        } finally {
            ts.decref(names);
        }
    }

    /** calculate_suggestions: the candidate closest to {@code name} within a third of their characters, or null. */
    private static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] item = candidate.getBytes(StandardCharsets.UTF_8);
            int maxDistance = Math.min((wanted.length + item.length + 3) * MOVE_COST / 6, suggestionDistance - 1);
            int distance = distance(wanted, item, maxDistance);
            if (distance <= maxDistance && (suggestion == null || distance < suggestionDistance)) {
                suggestion = candidate;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    /** levenshtein_distance: the edit distance of a and b, or more than maxCost as soon as it must be. */
    private static int distance(byte[] a, byte[] b, int maxCost) {
        int start = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (start < aEnd && start < bEnd && a[start] == b[start]) {
            start++;
        }
        while (aEnd > start && bEnd > start && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - start;
        int bSize = bEnd - start;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (bSize < aSize) { // the shorter one indexes the row
            byte[] swapped = a;
            a = b;
            b = swapped;
            int size = aSize;
            aSize = bSize;
            bSize = size;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        // one row of the matrix, updated in place: row[i] is the cost of b[:j] against a[:i + 1]
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int j = 0; j < bSize; j++) {
            byte code = b[start + j];
            int diagonal = j * MOVE_COST;
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = diagonal + substitutionCost(code, a[start + i]);
                diagonal = row[i];
                result = Math.min(Math.min(result, diagonal) + MOVE_COST, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    /** substitution_cost: 0 for the same byte, 1 for the same ASCII letter in the other case, else 2. */
    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST; // not the same, not a case flip
        }
        if (a == b) {
            return 0;
        }
        return lower(a) == lower(b) ? CASE_COST : MOVE_COST;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }
}
