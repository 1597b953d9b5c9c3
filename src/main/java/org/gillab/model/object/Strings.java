package org.gillab.model.object;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** repr() of containers, as listobject.c and dictobject.c print them, with Py_ReprEnter's guard against cycles. */
public final class Strings {
    private Strings() {}

    private static final ThreadLocal<Set<PyObject>> IN_REPR =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    /** "[1, 2]"; a container already being printed on this thread shows as "[...]". */
    static String joinRepr(PyObject container, String open, List<PyObject> items, String close) {
        Set<PyObject> active = IN_REPR.get();
        if (!active.add(container)) {
            return open + "..." + close;
        }
        try {
            StringBuilder out = new StringBuilder(open);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                out.append(items.get(i).repr());
            }
            return out.append(close).toString();
        } finally {
            active.remove(container);
        }
    }

    /** Runs a repr that may meet {@code container} again (a dict holding itself); null when it already is being printed. */
    public static boolean enter(PyObject container) {
        return IN_REPR.get().add(container);
    }

    public static void leave(PyObject container) {
        IN_REPR.get().remove(container);
    }
}
