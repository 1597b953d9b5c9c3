package org.gillab.pool;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;

/** How errors name a task: {@code countdown(25000000)}, arguments shown as Python reprs, shortened. */
final class TaskSummary {
    private static final int MAX_ARGS_LENGTH = 60;

    private TaskSummary() {}

    static String of(String function, List<Object> args) {
        StringBuilder text = new StringBuilder();
        items(text, args);
        String shown = text.length() <= MAX_ARGS_LENGTH ? text.toString() : text.substring(0, MAX_ARGS_LENGTH - 3) + "...";
        return function + "(" + shown + ")";
    }

    /** A Python-like repr; enough for a reader to recognise the argument. */
    static void repr(StringBuilder out, Object value) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof String s) {
            out.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")).append('\'');
        } else if (value instanceof Tuple t) {
            out.append('(');
            items(out, t.items());
            out.append(t.items().size() == 1 ? ",)" : ")");
        } else if (value instanceof List<?> list) {
            out.append('[');
            items(out, list);
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(separator);
                repr(out, e.getKey());
                out.append(": ");
                repr(out, e.getValue());
                separator = ", ";
            }
            out.append('}');
        } else {
            out.append(value);
        }
    }

    private static void items(StringBuilder out, List<?> items) {
        for (Iterator<?> it = items.iterator(); it.hasNext() && out.length() <= MAX_ARGS_LENGTH; ) {
            repr(out, it.next());
            if (it.hasNext()) {
                out.append(", ");
            }
        }
    }
}
