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
import jdk.jshell.spi.SPIResolutionException;

/**
 * JShell's own in-process engine, extended rather than replaced: LocalExecutionControl is what makes
 * JShell.stop() work (Thread.stop on Java 17, stop checks woven into loaded classes on Java 21+). On top
 * it rewrites exit calls ({@link ExitGuard}), keeps the value of the last snippet as an object,
 * because JShell itself only reports its string, and loads classes through the cells' generation
 * ({@link GenerationLoader}), whose names it translates back in the stack traces JShell reads.
 */
final class KernelExecutionControl extends LocalExecutionControl {
    /** Filled by the snippet's thread, which inherits it from the thread that called JShell.eval. */
    private static final InheritableThreadLocal<Outcome> OUTCOME = new InheritableThreadLocal<>();
    private static final Method CAPTURING_INVOKE;

    private final GenerationNames names;
    private final SnippetFrames frames;

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
        private volatile Object kept;

        private Outcome(BooleanSupplier interrupted) {
            this.interrupted = interrupted;
        }

        Object value() {
            return value;
        }

        /** What the snippet handed to {@link CellValue#keep}. */
        Object kept() {
            return kept;
        }
    }

    /** Keeps {@code value} as the current invocation's; the snippet's threads inherit that invocation. */
    static void keep(Object value) {
        Outcome outcome = OUTCOME.get();
        if (outcome != null) {
            outcome.kept = value;
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

    private KernelExecutionControl(GenerationLoader loader, SnippetFrames frames) {
        super(loader);
        this.names = loader.names();
        this.frames = frames;
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

    /**
     * What DirectExecutionControl does with an exception the snippet threw, with the frames of snippet
     * classes named as JShell knows them ({@link SnippetFrames}); the user's exception is left as it was.
     */
    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException {
        throw converted(cause);
    }

    private RunException converted(Throwable thrown) {
        StackTraceElement[] stack = Arrays.stream(thrown.getStackTrace())
                .map(frame -> frames.translate(frame, names))
                .toArray(StackTraceElement[]::new);
        if (thrown instanceof SPIResolutionException unresolved) {
            return new ResolutionException(unresolved.id(), stack);
        }
        UserException converted = new UserException(thrown.getMessage(), frames.exceptionClassName(thrown.getClass(), names), stack);
        converted.initCause(thrown.getCause() == null ? null : converted(thrown.getCause()));
        return converted;
    }

    /** Makes a JShell use {@link KernelExecutionControl}, loading classes with {@code loader}. */
    static final class Provider implements ExecutionControlProvider {
        private final GenerationLoader loader;
        private final SnippetFrames frames;

        Provider(GenerationLoader loader, SnippetFrames frames) {
            this.loader = loader;
            this.frames = frames;
        }

        @Override
        public String name() {
            return "gil-lab";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new KernelExecutionControl(loader, frames);
        }
    }
}
