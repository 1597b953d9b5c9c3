package org.gillab.pool;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.gillab.model.Interpreter;

/**
 * How a process that runs the model starts: a JVM of this JVM's java and class path, with the model's
 * options ({@link Interpreter#JVM_OPTIONS}) and its JVM messages on stderr (stdout is its channel to us).
 * The pool's workers are such JVMs, and so are the lab's timing processes: every process whose model is
 * timed runs under the same flags. Each is killed by a shutdown hook if it is still alive when this JVM
 * exits, so none outlives its parent.
 */
public final class ModelJvm {
    private static final List<String> JVM_FLAGS = Stream.concat(Interpreter.JVM_OPTIONS.stream(),
            Stream.of("-XX:+DisplayVMOutputToStderr")).toList();

    /**
     * A process that does not warm up (a pool's worker under {@code run --no-warm-up} or a test of output)
     * is not timed but waited for: C1 alone compiles its code. C2 would spend a core for seconds on an eval
     * loop the process is gone before it needs; a program starting six such processes took 7.3 s instead
     * of 11-13 s (9.7 s of CPU instead of 17-21 s) on 2 cores.
     */
    private static final List<String> QUICK_FLAGS = Stream.concat(JVM_FLAGS.stream(), Stream.of("-XX:TieredStopAtLevel=1")).toList();

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "gil-lab: kill model processes"));
    }

    private ModelJvm() {}

    /** Starts {@code main(args)} in a model JVM; its stdin, stdout and stderr are pipes to this one. */
    public static Process start(Class<?> main, List<String> args) throws IOException {
        return start(main, args, JVM_FLAGS);
    }

    /** Starts {@code main(args)} in a model JVM that will not warm up ({@link #QUICK_FLAGS}). */
    public static Process startQuick(Class<?> main, List<String> args) throws IOException {
        return start(main, args, QUICK_FLAGS);
    }

    private static Process start(Class<?> main, List<String> args, List<String> flags) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add(main.getName());
        command.addAll(args);
        // The class path goes in the environment, not on the command line: under Maven or JShell it runs to
        // kilobytes, and Linux shows Java (ProcessHandle.Info) no arguments of a command line over 4 KB.
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CLASSPATH", classPath());
        Process process = builder.start();
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        return process;
    }

    /**
     * The parent's class path, led by wherever this class was loaded from: under JShell or a
     * plugin class loader java.class.path alone may not hold our classes; in the fat jar it is the jar.
     */
    private static String classPath() {
        String parent = System.getProperty("java.class.path");
        try {
            String ours = Path.of(ModelJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            return parent.isEmpty() ? ours : ours + File.pathSeparator + parent;
        } catch (URISyntaxException | RuntimeException e) {
            return parent;
        }
    }
}
