package org.gillab.evaluator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the kernel reads and changes in the cells' class files, without a bytecode library: their Utf8
 * constants (JVMS 4.4.7), where every name a class file holds is (of its classes, in descriptors and
 * signatures, of the methods it calls), and the class's access flags, which follow them. The cells'
 * classes are renamed, checked for exit calls and made public here, where ASM took 25-40 ms of the first
 * cell's result: ASM's class files are Java 5's, which a class-data archive cannot hold, so the first cell
 * loaded and verified 38 of its classes (they now load only for a cell that calls exit or halt).
 */
final class ClassFiles {
    private static final int UTF8 = 1;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int ACC_PUBLIC = 0x0001;

    private ClassFiles() {}

    /** The class file with each Utf8 constant replaced by what {@code rewrite} makes of it; the rest is copied. */
    static byte[] map(byte[] classFile, UnaryOperator<String> rewrite) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + 64);
        walk(classFile, rewrite, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    /** Whether one of the class file's Utf8 constants is one of {@code strings}. */
    static boolean contains(byte[] classFile, Set<String> strings) {
        boolean[] found = {false};
        walk(classFile, s -> {
            found[0] |= strings.contains(s);
            return s;
        }, null);
        return found[0];
    }

    /** The class file with its class public (a member class's own flags, in its InnerClasses attribute, stay). */
    static byte[] publicClass(byte[] classFile) {
        byte[] changed = classFile.clone();
        int accessFlags = walk(classFile, UnaryOperator.identity(), null);
        changed[accessFlags + 1] |= ACC_PUBLIC; // the low byte of the big-endian u2
        return changed;
    }

    /**
     * Reads the constant pool, each Utf8 constant through {@code rewrite}, copying the class file to
     * {@code out} (if any); returns where the constant pool ends in {@code classFile} (its access flags).
     */
    private static int walk(byte[] classFile, UnaryOperator<String> rewrite, DataOutputStream out) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        try {
            copy(in, out, 8); // magic, minor and major version
            int count = in.readUnsignedShort();
            if (out != null) {
                out.writeShort(count);
            }
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                if (out != null) {
                    out.writeByte(tag);
                }
                if (tag == UTF8) {
                    String value = rewrite.apply(in.readUTF());
                    if (out != null) {
                        out.writeUTF(value);
                    }
                } else {
                    copy(in, out, constantSize(tag));
                    if (tag == LONG || tag == DOUBLE) {
                        index++; // they take two entries
                    }
                }
            }
            int poolEnd = classFile.length - in.available();
            if (out != null) {
                in.transferTo(out);
                out.flush();
            }
            return poolEnd;
        } catch (IOException e) {
            throw new UncheckedIOException("a malformed class file: " + e.getMessage(), e);
        }
    }

    /** The size after its tag of a constant other than Utf8 (JVMS table 4.4-B). */
    private static int constantSize(int tag) {
        return switch (tag) {
            case 7, 8, 16, 19, 20 -> 2; // Class, String, MethodType, Module, Package
            case 15 -> 3; // MethodHandle
            case 3, 4, 9, 10, 11, 12, 17, 18 -> 4; // Integer, Float, the refs, NameAndType, Dynamic, InvokeDynamic
            case LONG, DOUBLE -> 8;
            default -> throw new IllegalArgumentException("a malformed class file: constant pool tag " + tag);
        };
    }

    private static void copy(DataInputStream in, DataOutputStream out, int size) throws IOException {
        byte[] part = in.readNBytes(size);
        if (part.length < size) {
            throw new IOException("it ends inside its constant pool");
        }
        if (out != null) {
            out.write(part);
        }
    }
}
