package org.gillab.pool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The referent of a manager's ListProxy (CPython keeps a list in the manager's server process; the
 * model keeps it in the parent): sent values, compared as Python compares them ({@link EqualityKey}),
 * with list's IndexError and ValueError messages.
 */
final class SharedList implements SharedObject {
    private final List<Object> items;

    SharedList(List<?> initial) {
        this.items = new ArrayList<>(initial);
    }

    @Override
    public synchronized Object call(String op, List<Object> args) {
        return switch (op) {
            case "getitem" -> items.get(index(args.get(0), "list index out of range"));
            case "setitem" -> {
                items.set(index(args.get(0), "list assignment index out of range"), args.get(1));
                yield null;
            }
            case "delitem" -> {
                items.remove(index(args.get(0), "list assignment index out of range"));
                yield null;
            }
            case "pop" -> {
                if (items.isEmpty()) {
                    throw new SharedError("IndexError", "pop from empty list");
                }
                yield items.remove(index(args.get(0), "pop index out of range"));
            }
            case "len" -> (long) items.size();
            case "append" -> {
                items.add(args.get(0));
                yield null;
            }
            case "extend" -> {
                items.addAll((List<?>) args.get(0));
                yield null;
            }
            case "insert" -> {
                items.add(clamp(((Number) args.get(0)).longValue()), args.get(1));
                yield null;
            }
            case "find" -> (long) find(args.get(0), ((Number) args.get(1)).longValue(), ((Number) args.get(2)).longValue());
            case "remove" -> {
                int i = find(args.get(0), 0, items.size());
                if (i < 0) {
                    throw new SharedError("ValueError", "list.remove(x): x not in list");
                }
                items.remove(i);
                yield null;
            }
            case "count" -> {
                Object key = EqualityKey.of(args.get(0));
                yield items.stream().filter(item -> Objects.equals(key, EqualityKey.of(item))).count();
            }
            case "reverse" -> {
                Collections.reverse(items);
                yield null;
            }
            case "copy" -> new ArrayList<>(items);
            case "replace" -> {
                items.clear();
                items.addAll((List<?>) args.get(0));
                yield null;
            }
            default -> throw SharedObject.unknown("list", op);
        };
    }

    /** list's index: negative from the end; IndexError with the message when outside. */
    private int index(Object i, String message) {
        long index = ((Number) i).longValue();
        if (index < 0) {
            index += items.size();
        }
        if (index < 0 || index >= items.size()) {
            throw new SharedError("IndexError", message);
        }
        return (int) index;
    }

    /** The first index in [start, stop) (slice-clamped, as list.index) holding a value equal to value, or -1. */
    private int find(Object value, long start, long stop) {
        Object key = EqualityKey.of(value);
        int from = clamp(start);
        int to = clamp(stop);
        for (int i = from; i < to; i++) {
            if (Objects.equals(key, EqualityKey.of(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private int clamp(long i) {
        return (int) Math.max(0, Math.min(items.size(), i < 0 ? i + items.size() : i));
    }
}
