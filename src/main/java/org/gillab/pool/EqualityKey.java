package org.gillab.pool;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;

/**
 * A sent value (see {@link ValueCodec}) as a Java key that is equal where Python's == says the values
 * are: True, 1 and 1.0 are one key, as they are one dict key in CPython; a list and a tuple stay apart.
 * What the manager's shared dict and list compare with.
 */
final class EqualityKey {
    private EqualityKey() {}

    static Object of(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
                return (long) d;
            }
            return d;
        }
        if (value instanceof byte[] bytes) {
            return ByteBuffer.wrap(bytes);
        }
        if (value instanceof Tuple t) {
            return new Tuple(keys(t.items()));
        }
        if (value instanceof List<?> list) {
            return keys(list);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> keys = new LinkedHashMap<>();
            map.forEach((k, v) -> keys.put(of(k), of(v)));
            return keys;
        }
        return value;
    }

    private static List<Object> keys(List<?> items) {
        List<Object> keys = new ArrayList<>(items.size());
        items.forEach(item -> keys.add(of(item)));
        return keys;
    }
}
