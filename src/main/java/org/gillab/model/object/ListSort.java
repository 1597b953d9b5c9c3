package org.gillab.model.object;

import java.util.Collections;
import java.util.List;
import org.gillab.model.compile.CompareOperator;

/**
 * list.sort and sorted() (Objects/listobject.c): a stable natural merge sort (runs found as they are,
 * short ones extended by binary insertion, then merged) that asks only {@code <}, once per comparison,
 * as CPython's timsort does. As listobject.c's unsafe_*_compare, it compares keys that are all exact
 * ints, floats or strs in Java, without a Python comparison; anything else goes through Python's {@code <}.
 * The list is sorted from a copy, and the result put back only if the list was not changed meanwhile.
 */
public final class ListSort {
    private ListSort() {}

    private static final int MIN_RUN = 32;

    /** How two keys compare: {@code a < b}. */
    @FunctionalInterface
    private interface Less {
        boolean test(PyObject a, PyObject b);
    }

    /** list.sort(*, key=None, reverse=False) with its argument checks; {@code args} hold only the keywords. */
    public static void sort(ThreadState ts, PyList list, Args args) {
        PyObject[] p = args.bind("sort", 0, 0, "key", "reverse");
        boolean reverse = p[1] != null && Convert.toLong(Numbers.index(ts, p[1]), "sort") != 0;
        sort(ts, list, p[0], reverse);
    }

    /** list.sort / sorted: stable, by key(item) when given, with Python's &lt; (a TypeError for mixed types). */
    public static void sort(ThreadState ts, PyList list, PyObject key, boolean reverse) {
        List<PyObject> items = list.snapshot();
        int n = items.size();
        boolean hasKey = key != null && key != PyNone.NONE;
        PyObject[] keys = new PyObject[n];
        PyObject[] values = items.toArray(new PyObject[0]);
        int computed = 0;
        try {
            for (int i = 0; i < n; i++) {
                keys[i] = hasKey ? ts.call(key, values[i]) : values[i];
                computed++;
            }
            if (reverse) {
                reverse(keys);
                reverse(values);
            }
            mergeSort(keys, values, comparison(ts, keys));
            if (reverse) {
                reverse(keys);
                reverse(values);
            }
            synchronized (list) {
                List<PyObject> live = list.items();
                if (live.size() != n) {
                    throw PyErrors.valueError("list modified during sort");
                }
                for (int i = 0; i < n; i++) {
                    live.set(i, values[i]);
                }
            }
        } finally {
            if (hasKey) {
                for (int i = 0; i < computed; i++) {
                    ts.decref(keys[i]);
                }
            }
        }
    }

    /** The cheapest correct {@code <} for these keys: Java's when all are exact ints, floats or strs. */
    private static Less comparison(ThreadState ts, PyObject[] keys) {
        if (keys.length < 2) {
            return (a, b) -> false;
        }
        Class<?> kind = keys[0].getClass();
        for (PyObject k : keys) {
            if (k.getClass() != kind) {
                kind = null;
                break;
            }
        }
        if (kind == PyInt.class) {
            return (a, b) -> {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                return x.big == null && y.big == null ? x.value < y.value : x.toBig().compareTo(y.toBig()) < 0;
            };
        }
        if (kind == PyFloat.class) {
            return (a, b) -> ((PyFloat) a).value < ((PyFloat) b).value;
        }
        if (kind == PyStr.class) {
            return (a, b) -> compareCodePoints(((PyStr) a).value, ((PyStr) b).value) < 0;
        }
        return (a, b) -> Ops.compare(ts, CompareOperator.LT, a, b);
    }

    /** Strings compared by code point, as Python compares them (UTF-16 order differs above the BMP). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static void reverse(PyObject[] a) {
        Collections.reverse(java.util.Arrays.asList(a));
    }

    /** Natural merge sort of keys, carrying values along: runs of at least MIN_RUN, merged pairwise. */
    private static void mergeSort(PyObject[] keys, PyObject[] values, Less less) {
        int n = keys.length;
        java.util.List<int[]> runs = new java.util.ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            if (end < n) {
                if (less.test(keys[end], keys[start])) {
                    while (end + 1 < n && less.test(keys[end + 1], keys[end])) {
                        end++;
                    }
                    end++;
                    reverseRange(keys, start, end);
                    reverseRange(values, start, end);
                } else {
                    while (end + 1 < n && !less.test(keys[end + 1], keys[end])) {
                        end++;
                    }
                    end++;
                }
            }
            int forced = Math.min(n, start + MIN_RUN);
            if (end < forced) {
                insertionSort(keys, values, start, end, forced, less);
                end = forced;
            }
            runs.add(new int[] {start, end});
            start = end;
        }
        PyObject[] keyBuffer = new PyObject[n];
        PyObject[] valueBuffer = new PyObject[n];
        while (runs.size() > 1) {
            java.util.List<int[]> merged = new java.util.ArrayList<>();
            for (int i = 0; i + 1 < runs.size(); i += 2) {
                int[] a = runs.get(i);
                int[] b = runs.get(i + 1);
                merge(keys, values, a[0], a[1], b[1], keyBuffer, valueBuffer, less);
                merged.add(new int[] {a[0], b[1]});
            }
            if (runs.size() % 2 == 1) {
                merged.add(runs.get(runs.size() - 1));
            }
            runs = merged;
        }
    }

    private static void reverseRange(PyObject[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Extends the sorted [from, sorted) to [from, to) by binary insertion (stable: after equal keys). */
    private static void insertionSort(PyObject[] keys, PyObject[] values, int from, int sorted, int to, Less less) {
        for (int i = sorted; i < to; i++) {
            PyObject key = keys[i];
            PyObject value = values[i];
            int lo = from;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (less.test(key, keys[mid])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            System.arraycopy(keys, lo, keys, lo + 1, i - lo);
            System.arraycopy(values, lo, values, lo + 1, i - lo);
            keys[lo] = key;
            values[lo] = value;
        }
    }

    /** Merges the sorted [lo, mid) and [mid, hi); on equal keys the left run's come first. */
    private static void merge(PyObject[] keys, PyObject[] values, int lo, int mid, int hi, PyObject[] keyBuffer,
            PyObject[] valueBuffer, Less less) {
        if (!less.test(keys[mid], keys[mid - 1])) {
            return;
        }
        System.arraycopy(keys, lo, keyBuffer, lo, mid - lo);
        System.arraycopy(values, lo, valueBuffer, lo, mid - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (less.test(keys[j], keyBuffer[i])) {
                keys[k] = keys[j];
                values[k++] = values[j++];
            } else {
                keys[k] = keyBuffer[i];
                values[k++] = valueBuffer[i++];
            }
        }
        while (i < mid) {
            keys[k] = keyBuffer[i];
            values[k++] = valueBuffer[i++];
        }
    }
}
