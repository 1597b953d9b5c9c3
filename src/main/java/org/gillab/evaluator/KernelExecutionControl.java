package org.gillab.evaluator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's own in-process engine, extended rather than replaced: LocalExecutionControl is what makes
 * JShell.stop() work (Thread.stop on Java 17, stop checks woven into loaded classes on Java 21+). On top
 * it rewrites exit calls ({@link ExitGuard}) and keeps the value of the last snippet as an object,
 * because JShell itself only reports its string.
 */
final class KernelExecutionControl extends LocalExecutionControl {
    /** Filled by the snippet's thread, which inherits it from the thread that called JShell.eval. */
    private static final InheritableThreadLocal<Outcome> OUTCOME = new InheritableThreadLocal<>();
    private static final Method CAPTURING_INVOKE;

    static {
        try {
            CAPTURING_INVOKE = KernelExecutionControl.class.getDeclaredMethod("invokeCapturingValue");
            CAPTURING_INVOKE.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What one invocation of a snippet produced. */
    static final class Outcome {
        private final BooleanSupplier interrupted;
        private volatile Method doit;
        private volatile Object value;

        private Outcome(BooleanSupplier interrupted) {
            this.interrupted = interrupted;
        }

        Object value() {
            return value;
        }
    }

    /**
     * Starts recording the calling thread's next snippet invocation; read the result after JShell.eval.
     * The snippet's code does not run when {@code interrupted} is already true once its thread started
     * (an interrupt that came while it compiled).
     */
    static Outcome record(BooleanSupplier interrupted) {
        Outcome outcome = new Outcome(interrupted);
        OUTCOME.set(outcome);
        return outcome;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(Arrays.stream(classes)
                .map(c -> new ClassBytecodes(c.name(), ExitGuard.rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new));
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Outcome outcome = OUTCOME.get();
        if (outcome == null) {
            return super.invoke(doit);
        }
        outcome.doit = doit;
        // LocalExecutionControl runs the method it is given on its own thread; giving it ours lets us keep the value.
        return super.invoke(CAPTURING_INVOKE);
    }

    @SuppressWarnings("unused") // called reflectively, on the snippet's thread
    private static Object invokeCapturingValue() throws Throwable {
        Outcome outcome = OUTCOME.get();
        // Checked here, on the snippet's thread, and not before JShell starts it: an interrupt that came
        // before this check is seen by it, and one that comes after finds this thread running, where
        // JShell.stop() reaches it. Checked any earlier, an interrupt in between was lost (seen in CI).
        if (outcome.interrupted.getAsBoolean()) {
            throw new StoppedException();
        }
        try {
            Object value = outcome.doit.invoke(null);
            outcome.value = value;
            return value;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Makes JShell use {@link KernelExecutionControl}. */
    static final class Provider implements ExecutionControlProvider {
        @Override
        public String name() {
            return "gil-lab";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new KernelExecutionControl();
        }
    }
}
