package org.gillab.model.object;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gillab.model.compile.CompareOperator;

/** list.sort and sorted() (Objects/listobject.c): a stable sort by Python's <. */
public final class ListSort {
    private ListSort() {}

    /** list.sort / sorted: stable, by key(item) when given, with Python's < (a TypeError for mixed types). */
    public static void sort(ThreadState ts, PyList list, PyObject key, boolean reverse) {
        List<PyObject> items = list.snapshot();
        boolean hasKey = key != null && !(key instanceof PyNone);
        List<PyObject[]> pairs = new ArrayList<>();
        try {
            for (PyObject item : items) {
                pairs.add(new PyObject[] {hasKey ? ts.call(key, item) : item, item});
            }
            Comparator<PyObject[]> order = (x, y) -> Ops.compare(ts, CompareOperator.LT, x[0], y[0]) ? -1
                    : Ops.compare(ts, CompareOperator.LT, y[0], x[0]) ? 1 : 0;
            if (reverse) {
                // listobject.c: reverse, sort stably, reverse again, so equal items keep their order
                java.util.Collections.reverse(pairs);
                pairs.sort(order);
                java.util.Collections.reverse(pairs);
            } else {
                pairs.sort(order);
            }
            synchronized (list) {
                List<PyObject> live = list.items();
                if (live.size() != pairs.size()) {
                    throw PyErrors.valueError("list modified during sort");
                }
                for (int i = 0; i < pairs.size(); i++) {
                    live.set(i, pairs.get(i)[1]);
                }
            }
        } finally {
            if (hasKey) {
                pairs.forEach(p -> ts.decref(p[0]));
            }
        }
    }

}
