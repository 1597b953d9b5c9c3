package org.gillab.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parent's side of multiprocessing's Value and Array (CPython's sharedctypes over shared
 * memory): a fixed number of slots every process reads and writes. Values arrive already converted
 * to the typecode's Python type by the caller (multiprocessing/sharedctypes.py).
 */
final class SharedArray implements SharedObject {
    private final Object[] slots;

    SharedArray(List<Object> initial) {
        this.slots = initial.toArray();
    }

    @Override
    public synchronized Object call(String op, List<Object> args) {
        return switch (op) {
            case "get" -> slots[index(args.get(0))];
            case "set" -> {
                slots[index(args.get(0))] = args.get(1);
                yield null;
            }
            case "slice" -> new ArrayList<>(Arrays.asList(slots).subList(index(args.get(0)), index(args.get(1))));
            case "set_slice" -> {
                List<?> values = (List<?>) args.get(2);
                int start = index(args.get(0));
                for (int i = 0; i < values.size(); i++) {
                    slots[start + i] = values.get(i);
                }
                yield null;
            }
            case "len" -> (long) slots.length;
            default -> throw SharedObject.unknown("array", op);
        };
    }

    private static int index(Object i) {
        return ((Number) i).intValue();
    }
}
