package org.gillab.lab;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;

/** Python values as Java cells get them, and Java values as Python sessions take them. */
final class JavaValues {
    private JavaValues() {}

    /**
     * A value of a Python session in the types {@code Python.get} promises: int as Long or BigInteger,
     * float as Double, str, bool, None as null, list and tuple as List, dict as Map.
     */
    static Object plain(Object value) {
        if (value instanceof Tuple tuple) {
            return plain(tuple.items());
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(plain(item)));
            return Collections.unmodifiableList(items);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(plain(k), plain(v)));
            return Collections.unmodifiableMap(entries);
        }
        return value;
    }

    /** A Java value a session can take: arrays (int[], double[], String[]...) become lists, also inside lists and maps. */
    static Object forPython(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(forPython(Array.get(value, i)));
            }
            return items;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JavaValues::forPython).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(forPython(k), forPython(v)));
            return entries;
        }
        return value;
    }
}
