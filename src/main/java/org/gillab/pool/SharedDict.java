package org.gillab.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;

/**
 * The referent of a manager's DictProxy and NamespaceProxy (CPython keeps a dict in the manager's
 * server process; the model keeps it in the parent): sent values by key, in insertion order, keys
 * compared as Python compares them ({@link EqualityKey}). A lookup that finds nothing answers
 * [False, None] so the caller raises KeyError or AttributeError with the key it has.
 */
final class SharedDict implements SharedObject {
    /** Python's equality key to [the key as first stored, the value]. */
    private final Map<Object, Object[]> entries = new LinkedHashMap<>();

    SharedDict(Map<?, ?> initial) {
        initial.forEach(this::put);
    }

    @Override
    public synchronized Object call(String op, List<Object> args) {
        return switch (op) {
            case "lookup" -> found(entries.get(EqualityKey.of(args.get(0))));
            case "set" -> {
                put(args.get(0), args.get(1));
                yield null;
            }
            case "delete", "pop" -> found(entries.remove(EqualityKey.of(args.get(0))));
            case "setdefault" -> {
                Object[] entry = entries.computeIfAbsent(EqualityKey.of(args.get(0)), k -> new Object[] {args.get(0), args.get(1)});
                yield entry[1];
            }
            case "popitem" -> { // the last inserted, as dict.popitem
                if (entries.isEmpty()) {
                    yield null;
                }
                Object lastKey = null;
                for (Object key : entries.keySet()) {
                    lastKey = key;
                }
                yield new Tuple(Arrays.asList(entries.remove(lastKey)));
            }
            case "update" -> {
                ((Map<?, ?>) args.get(0)).forEach(this::put);
                yield null;
            }
            case "clear" -> {
                entries.clear();
                yield null;
            }
            case "len" -> (long) entries.size();
            case "contains" -> entries.containsKey(EqualityKey.of(args.get(0)));
            case "keys" -> column(0);
            case "values" -> column(1);
            case "items" -> {
                List<Object> items = new ArrayList<>(entries.size());
                entries.values().forEach(entry -> items.add(new Tuple(Arrays.asList(entry))));
                yield items;
            }
            case "copy" -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                entries.values().forEach(entry -> copy.put(entry[0], entry[1]));
                yield copy;
            }
            default -> throw SharedObject.unknown("dict", op);
        };
    }

    private void put(Object key, Object value) {
        Object[] entry = entries.get(EqualityKey.of(key));
        if (entry != null) {
            entry[1] = value; // the first key stays, as in a dict
        } else {
            entries.put(EqualityKey.of(key), new Object[] {key, value});
        }
    }

    private List<Object> column(int i) {
        List<Object> column = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> column.add(entry[i]));
        return column;
    }

    private static List<Object> found(Object[] entry) {
        return entry == null ? List.of(false) : Arrays.asList(true, entry[1]);
    }
}
