package org.gillab.pool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Tuple;

/**
 * Values by value across the process boundary: our pickle. What crosses: None, bool, int, float, str,
 * bytes, list, tuple, dict, set and frozenset ({@link SentSet}), functions and classes by name
 * ({@link FunctionRef}), other objects as their reduction ({@link ReducedValue}), bound methods as
 * their object and name ({@link BoundMethodRef}), and shared objects by id ({@link SharedRef});
 * anything else is refused with an error that names its type, as CPython's pickler refuses what it
 * cannot pickle.
 *
 * <p>The encoding is a one-byte tag then the payload, so the round trip is exact: a tuple stays a
 * tuple, an int stays a Long or a BigInteger, a float keeps every bit (NaN, -0.0 included).
 * Java's narrow integers and float, which a notebook cell writes naturally ({@code List.of(1, 2)}),
 * are sent as the Python int or float they stand for.
 */
final class ValueCodec {
    private static final byte NONE = 'N', TRUE = 'T', FALSE = 'F', INT = 'J', BIG_INT = 'I',
            FLOAT = 'D', STR = 'S', LIST = 'L', TUPLE = 'U', DICT = 'M', BYTES = 'B', SHARED = 'R', REDUCED = 'O',
            FUNCTION = 'f', BOUND_METHOD = 'm', SET = 's', FROZENSET = 'z';

    private ValueCodec() {}

    static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NONE);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeByte(INT);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            out.writeByte(BIG_INT);
            writeBytes(out, big.toByteArray());
        } else if (value instanceof Double || value instanceof Float) {
            out.writeByte(FLOAT);
            out.writeLong(Double.doubleToRawLongBits(((Number) value).doubleValue()));
        } else if (value instanceof String s) {
            out.writeByte(STR);
            writeString(out, s);
        } else if (value instanceof Tuple t) {
            out.writeByte(TUPLE);
            writeItems(out, t.items());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            writeItems(out, list);
        } else if (value instanceof byte[] bytes) {
            out.writeByte(BYTES);
            writeBytes(out, bytes);
        } else if (value instanceof SentSet set) {
            out.writeByte(set.frozen() ? FROZENSET : SET);
            writeItems(out, set.items());
        } else if (value instanceof SharedRef ref) {
            out.writeByte(SHARED);
            out.writeLong(ref.id());
        } else if (value instanceof FunctionRef f) {
            out.writeByte(FUNCTION);
            writeString(out, f.module());
            writeString(out, f.qualname());
        } else if (value instanceof BoundMethodRef method) {
            out.writeByte(BOUND_METHOD);
            write(out, method.self());
            writeString(out, method.name());
        } else if (value instanceof ReducedValue r) {
            out.writeByte(REDUCED);
            write(out, r.callable());
            writeItems(out, r.args());
            write(out, r.state());
            write(out, r.listItems());
            write(out, r.dictItems());
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(DICT);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else {
            throw new UnsendableValueException(value);
        }
    }

    /** {@code value} as bytes of its own: a payload its receiver decodes later than the message that carries it. */
    static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** The value {@link #encode} made. */
    static Object decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("not an encoded value", e);
        }
    }

    static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NONE -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case INT -> in.readLong();
            case BIG_INT -> new BigInteger(readBytes(in));
            case FLOAT -> Double.longBitsToDouble(in.readLong());
            case STR -> readString(in);
            case LIST -> readItems(in);
            case TUPLE -> new Tuple(readItems(in));
            case BYTES -> readBytes(in);
            case SET -> new SentSet(readItems(in), false);
            case FROZENSET -> new SentSet(readItems(in), true);
            case SHARED -> new SharedRef(in.readLong());
            case FUNCTION -> new FunctionRef(readString(in), readString(in));
            case BOUND_METHOD -> new BoundMethodRef(read(in), readString(in));
            case REDUCED -> {
                Object callable = read(in);
                List<Object> args = readItems(in);
                Object state = read(in);
                @SuppressWarnings("unchecked")
                List<Object> listItems = (List<Object>) read(in);
                @SuppressWarnings("unchecked")
                List<Object> dictItems = (List<Object>) read(in);
                yield new ReducedValue(callable, args, state, listItems, dictItems);
            }
            case DICT -> {
                int size = in.readInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    Object key = read(in);
                    map.put(key, read(in));
                }
                yield map;
            }
            default -> throw new Channel.CorruptFrameException("corrupt frame: unknown value tag " + tag);
        };
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), java.nio.charset.StandardCharsets.UTF_8);
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        return in.readNBytes(in.readInt());
    }

    private static void writeItems(DataOutputStream out, List<?> items) throws IOException {
        out.writeInt(items.size());
        for (Object item : items) {
            write(out, item);
        }
    }

    private static List<Object> readItems(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<Object> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(read(in));
        }
        return items;
    }
}
