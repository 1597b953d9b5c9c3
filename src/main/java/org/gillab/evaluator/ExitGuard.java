package org.gillab.evaluator;

import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Keeps a cell from ending the kernel's JVM. Cells run in the kernel's own JVM, and Java 25 has no
 * SecurityManager to veto an exit, so the classes JShell compiles from a cell are rewritten before
 * they are loaded: every call of System.exit, Runtime.exit and Runtime.halt (also as a method reference)
 * calls the methods below instead, which throw {@link CellExitException}. Code in libraries a cell
 * calls is not rewritten.
 */
public final class ExitGuard {
    private static final String GUARD = ExitGuard.class.getName().replace('.', '/');
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String INT_TO_VOID = "(I)V";
    private static final String RUNTIME_INT_TO_VOID = "(Ljava/lang/Runtime;I)V";
    /** The names of the methods replaced: a class whose constants hold neither calls none of them. */
    private static final Set<String> EXIT_NAMES = Set.of("exit", "halt");

    private ExitGuard() {}

    /** Replaces System.exit(status) in cells. */
    public static void systemExit(int status) {
        throw new CellExitException("System.exit(" + status + ")");
    }

    /** Replaces runtime.exit(status) in cells. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new CellExitException("Runtime.getRuntime().exit(" + status + ")");
    }

    /** Replaces runtime.halt(status) in cells. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new CellExitException("Runtime.getRuntime().halt(" + status + ")");
    }

    /**
     * The class file with its exit and halt calls redirected; the same bytes when it has none (when no
     * constant names a method exit or halt, it is not even read further, nor ASM loaded: see
     * {@link ClassFiles}).
     */
    static byte[] rewrite(byte[] classFile) {
        return ClassFiles.contains(classFile, EXIT_NAMES) ? Redirection.rewrite(classFile) : classFile;
    }

    /** The rewriting, with ASM. */
    private static final class Redirection {
        private Redirection() {}

        static byte[] rewrite(byte[] classFile) {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);  // same stack shapes: no frames to recompute
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new Redirect(super.visitMethod(access, name, descriptor, signature, exceptions));
                }
            }, 0);
            return writer.toByteArray();
        }
    }

    /** The guard method that replaces {@code owner.name descriptor}, or null when it is no exit call. */
    private static String replacement(String owner, String name, String descriptor) {
        if (owner.equals(SYSTEM) && name.equals("exit") && descriptor.equals(INT_TO_VOID)) {
            return "systemExit";
        }
        if (owner.equals(RUNTIME) && descriptor.equals(INT_TO_VOID)) {
            return switch (name) {
                case "exit" -> "runtimeExit";
                case "halt" -> "runtimeHalt";
                default -> null;
            };
        }
        return null;
    }

    private static final class Redirect extends MethodVisitor {
        Redirect(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            String guard = replacement(owner, name, descriptor);
            if (guard == null) {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            } else {
                // runtime.exit(n) leaves (runtime, n) on the stack: exactly the guard's static arguments
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, guard, owner.equals(SYSTEM) ? INT_TO_VOID : RUNTIME_INT_TO_VOID, false);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] redirected = arguments.clone();
            for (int i = 0; i < redirected.length; i++) {
                if (redirected[i] instanceof Handle handle) {
                    redirected[i] = redirect(handle);
                }
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, redirected);
        }

        /** System::exit or runtime::exit as a method reference. */
        private static Handle redirect(Handle handle) {
            String guard = replacement(handle.getOwner(), handle.getName(), handle.getDesc());
            if (guard == null) {
                return handle;
            }
            boolean system = handle.getOwner().equals(SYSTEM);
            if (!system && handle.getTag() != Opcodes.H_INVOKEVIRTUAL) {
                return handle;
            }
            return new Handle(Opcodes.H_INVOKESTATIC, GUARD, guard, system ? INT_TO_VOID : RUNTIME_INT_TO_VOID, false);
        }
    }
}
