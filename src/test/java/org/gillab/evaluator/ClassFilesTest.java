package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** ClassFiles read against ASM's reading of the same class files. */
class ClassFilesTest {
    /**
     * A snippet class as JShell names it, with its name in a field's type, a method's descriptor and a
     * generic signature, and constants of every size before and after (long and double take two entries).
     */
    private static byte[] snippetClass() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        writer.visit(Opcodes.V17, Opcodes.ACC_SUPER, "REPL/$JShell$7", null, "java/lang/Object", null);
        FieldVisitor box = writer.visitField(Opcodes.ACC_STATIC, "box", "LREPL/$JShell$7$Box;",
                "Ljava/util/List<LREPL/$JShell$7$Box;>;", null);
        box.visitEnd();
        MethodVisitor method = writer.visitMethod(Opcodes.ACC_STATIC, "make", "(JD)LREPL/$JShell$7$Box;", null, null);
        method.visitLdcInsn(123456789012L);
        method.visitInsn(Opcodes.POP2);
        method.visitLdcInsn(2.5);
        method.visitInsn(Opcodes.POP2);
        method.visitLdcInsn("caf\u00e9 \u2603");
        method.visitInsn(Opcodes.POP);
        method.visitInsn(Opcodes.ACONST_NULL);
        method.visitInsn(Opcodes.ARETURN);
        method.visitMaxs(0, 0);
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** The names and constants ASM reads from a class file, in order. */
    private static List<String> asRead(byte[] classFile) {
        List<String> seen = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                seen.add("class " + name + " access " + access);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                seen.add("field " + name + " " + descriptor + " " + signature);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                seen.add("method " + name + " " + descriptor);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLdcInsn(Object value) {
                        seen.add("constant " + value);
                    }
                };
            }
        }, 0);
        return seen;
    }

    @Test
    void renamesEveryNameAndKeepsTheRest() {
        byte[] renamed = ClassFiles.map(snippetClass(), text -> text.replace("REPL/$JShell$", "REPL/$G3$"));
        assertEquals(List.of("class REPL/$G3$7 access 32", "field box LREPL/$G3$7$Box; Ljava/util/List<LREPL/$G3$7$Box;>;",
                "method make (JD)LREPL/$G3$7$Box;", "constant 123456789012", "constant 2.5", "constant caf\u00e9 \u2603"),
                asRead(renamed));
    }

    @Test
    void anUnchangedMapIsTheSameClassFile() {
        assertArrayEquals(snippetClass(), ClassFiles.map(snippetClass(), text -> text));
    }

    @Test
    void findsAConstant() {
        assertTrue(ClassFiles.contains(snippetClass(), Set.of("make", "exit")));
        assertFalse(ClassFiles.contains(snippetClass(), Set.of("exit", "halt")));
    }

    @Test
    void makesTheClassPublicAlone() {
        List<String> before = asRead(snippetClass());
        List<String> after = asRead(ClassFiles.publicClass(snippetClass()));
        assertEquals("class REPL/$JShell$7 access " + (Opcodes.ACC_SUPER | Opcodes.ACC_PUBLIC), after.get(0));
        assertEquals(before.subList(1, before.size()), after.subList(1, after.size()));
    }

    @Test
    void aTruncatedClassFileIsAnError() {
        byte[] classFile = snippetClass();
        byte[] truncated = java.util.Arrays.copyOf(classFile, 40);
        assertThrows(UncheckedIOException.class, () -> ClassFiles.contains(truncated, Set.of("exit")));
    }
}
