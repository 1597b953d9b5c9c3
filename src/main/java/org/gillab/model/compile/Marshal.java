package org.gillab.model.compile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Code objects to bytes and back, the job Python/marshal.c does for .pyc files, in a format of our own.
 * A file starts, like a hash-based .pyc (PEP 552), with a magic number and a check of the source it was
 * compiled from: {@link #load} gives null for any other source, and the importer compiles that instead.
 * The filename is not stored: the loader supplies it, as importlib fixes up co_filename.
 */
public final class Marshal {
    /** Changes whenever the format or the compiler's output for the same source does. */
    private static final int MAGIC = 0x67696c01;

    private static final int NONE = 0;
    private static final int TRUE = 1;
    private static final int FALSE = 2;
    private static final int INT = 3;
    private static final int BIG_INT = 4;
    private static final int FLOAT = 5;
    private static final int STR = 6;
    private static final int BYTES = 7;
    private static final int IMAGINARY = 8;
    private static final int ELLIPSIS = 9;
    private static final int TUPLE = 10;
    private static final int CODE = 11;

    private Marshal() {}

    /** importlib.util.cache_from_source: where the compiled form of {@code path} ("pkg/mod.py") lies. */
    public static String cacheFromSource(String path) {
        int slash = path.lastIndexOf('/') + 1;
        String stem = path.substring(slash, path.length() - ".py".length());
        return path.substring(0, slash) + "__pycache__/" + stem + ".gil-lab.pyc";
    }

    /** The bytes of {@code code}, compiled from {@code source}. */
    public static byte[] dump(CodeObject code, String source) {
        return bytes(out -> {
            out.writeInt(MAGIC);
            out.writeInt(source.length());
            out.writeInt(source.hashCode());
            writeCode(out, code);
        });
    }

    /** The code object in {@code data}, its co_filename {@code filename}; null unless compiled from {@code source} by this format. */
    public static CodeObject load(byte[] data, String source, String filename) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC || in.readInt() != source.length() || in.readInt() != source.hashCode()) {
                return null;
            }
            return readCode(in, filename);
        } catch (IOException e) {
            return null; // a truncated file: compiled again, as importlib does with a bad .pyc
        }
    }

    /** The bytes of {@code code} alone, for another process of the same build to {@link #loadCode} (marshal.dumps). */
    public static byte[] dumpCode(CodeObject code) {
        return bytes(out -> writeCode(out, code));
    }

    /** The code object {@link #dumpCode} made, its co_filename {@code filename} (marshal.loads). */
    public static CodeObject loadCode(byte[] data, String filename) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            return readCode(in, filename);
        } catch (IOException e) {
            throw new UncheckedIOException("not the bytes of a code object", e);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void writeCode(DataOutputStream out, CodeObject code) throws IOException {
        out.writeUTF(code.name());
        out.writeUTF(code.qualname());
        for (int[] array : List.of(code.instructions(), code.lines(), code.columns(), code.endLines(), code.endColumns(),
                code.exceptionTable())) {
            writeInts(out, array);
        }
        out.writeInt(code.constants().size());
        for (Object constant : code.constants()) {
            writeConstant(out, constant);
        }
        writeStrings(out, code.names());
        writeStrings(out, code.localsPlusNames());
        out.writeInt(code.localsPlusKinds().length);
        out.write(code.localsPlusKinds());
        for (int value : new int[] {code.argCount(), code.posOnlyArgCount(), code.kwOnlyArgCount(), code.flags(),
                code.firstLine(), code.stackSize()}) {
            out.writeInt(value);
        }
    }

    private static CodeObject readCode(DataInputStream in, String filename) throws IOException {
        String name = in.readUTF();
        String qualname = in.readUTF();
        int[] instructions = readInts(in);
        int[] lines = readInts(in);
        int[] columns = readInts(in);
        int[] endLines = readInts(in);
        int[] endColumns = readInts(in);
        int[] exceptionTable = readInts(in);
        int count = in.readInt();
        List<Object> constants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            constants.add(readConstant(in, filename));
        }
        List<String> names = readStrings(in);
        List<String> localsPlusNames = readStrings(in);
        byte[] localsPlusKinds = new byte[in.readInt()];
        in.readFully(localsPlusKinds);
        return new CodeObject(name, qualname, filename, instructions, lines, columns, endLines, endColumns,
                Collections.unmodifiableList(constants), names, localsPlusNames, localsPlusKinds, in.readInt(), in.readInt(),
                in.readInt(), in.readInt(), in.readInt(), in.readInt(), exceptionTable);
    }

    private static void writeConstant(DataOutputStream out, Object constant) throws IOException {
        if (constant == null) {
            out.writeByte(NONE);
        } else if (constant instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (constant instanceof Long l) {
            out.writeByte(INT);
            out.writeLong(l);
        } else if (constant instanceof BigInteger big) {
            out.writeByte(BIG_INT);
            writeBytes(out, big.toByteArray());
        } else if (constant instanceof Double d) {
            out.writeByte(FLOAT);
            out.writeDouble(d);
        } else if (constant instanceof String s) {
            out.writeByte(STR);
            writeString(out, s);
        } else if (constant instanceof Constants.Bytes b) {
            out.writeByte(BYTES);
            writeBytes(out, b.value());
        } else if (constant instanceof Constants.Imaginary j) {
            out.writeByte(IMAGINARY);
            out.writeDouble(j.value());
        } else if (constant == Constants.ELLIPSIS) {
            out.writeByte(ELLIPSIS);
        } else if (constant instanceof List<?> tuple) {
            out.writeByte(TUPLE);
            out.writeInt(tuple.size());
            for (Object item : tuple) {
                writeConstant(out, item);
            }
        } else if (constant instanceof CodeObject code) {
            out.writeByte(CODE);
            writeCode(out, code);
        } else {
            throw new IllegalArgumentException("a constant marshal does not know: " + constant.getClass().getName());
        }
    }

    private static Object readConstant(DataInputStream in, String filename) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case NONE -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case INT -> in.readLong();
            case BIG_INT -> new BigInteger(readBytes(in));
            case FLOAT -> in.readDouble();
            case STR -> readString(in);
            case BYTES -> new Constants.Bytes(readBytes(in));
            case IMAGINARY -> new Constants.Imaginary(in.readDouble());
            case ELLIPSIS -> Constants.ELLIPSIS;
            case TUPLE -> {
                int size = in.readInt();
                List<Object> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(readConstant(in, filename));
                }
                yield Collections.unmodifiableList(items);
            }
            case CODE -> readCode(in, filename);
            default -> throw new IOException("unknown constant kind " + kind);
        };
    }

    /** Strings as UTF-16 units: writeUTF stops at 64 KB and changes lone surrogates, which a str constant may hold. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        char[] chars = new char[in.readInt()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        String[] strings = new String[in.readInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        return List.of(strings);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}
