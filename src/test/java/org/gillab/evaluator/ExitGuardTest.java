package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class ExitGuardTest {
    /** A class with one static method per way of ending the JVM, built as javac would. */
    private static byte[] exitingClass() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "Exiting", null, "java/lang/Object", null);
        MethodVisitor system = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "system", "()V", null, null);
        system.visitInsn(Opcodes.ICONST_3);
        system.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        system.visitInsn(Opcodes.RETURN);
        system.visitMaxs(0, 0);
        for (String name : new String[] {"exit", "halt"}) {
            MethodVisitor runtime = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()V", null, null);
            runtime.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;", false);
            runtime.visitInsn(Opcodes.ICONST_4);
            runtime.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", name, "(I)V", false);
            runtime.visitInsn(Opcodes.RETURN);
            runtime.visitMaxs(0, 0);
        }
        MethodVisitor harmless = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "harmless", "()I", null, null);
        harmless.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Runtime", "getRuntime", "()Ljava/lang/Runtime;", false);
        harmless.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", "availableProcessors", "()I", false);
        harmless.visitInsn(Opcodes.IRETURN);
        harmless.visitMaxs(0, 0);
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static Class<?> load(byte[] classFile) {
        return new ClassLoader(ExitGuardTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass("Exiting", classFile, 0, classFile.length);
            }
        }.define();
    }

    private static Throwable thrownBy(Class<?> type, String method) throws ReflectiveOperationException {
        Method m = type.getMethod(method);
        return assertThrows(InvocationTargetException.class, () -> m.invoke(null)).getCause();
    }

    @Test
    void exitAndHaltThrowInsteadOfEndingTheJvm() throws ReflectiveOperationException {
        Class<?> guarded = load(ExitGuard.rewrite(exitingClass()));
        Throwable system = thrownBy(guarded, "system");
        assertInstanceOf(CellExitException.class, system);
        assertEquals("System.exit(3) was called in a cell: the kernel keeps running; use Kernel > Restart to restart it", system.getMessage());
        assertInstanceOf(CellExitException.class, thrownBy(guarded, "exit"));
        assertEquals(true, thrownBy(guarded, "halt").getMessage().startsWith("Runtime.getRuntime().halt(4)"));
        assertEquals(Runtime.getRuntime().availableProcessors(), guarded.getMethod("harmless").invoke(null));
    }
}
