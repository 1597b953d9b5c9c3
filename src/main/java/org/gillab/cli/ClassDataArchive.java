package org.gillab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The class-data archive that halves the kernel's start-up: the classes a kernel start loads (the
 * protocol's, Jackson's, JeroMQ's, JShell's and javac's, the renderers'), parsed and verified once by a
 * training run at install, then mapped into every kernel JVM. Up to Java 24 a dynamic CDS archive; from
 * Java 25 an AOT cache (JEP 483 and 514), which also keeps the classes linked (and 25.0.3 crashed while
 * recording a dynamic archive of our training run).
 *
 * <p>The archive belongs to the java and the jar it was made with. A JVM that finds it stale (jar rebuilt,
 * JDK updated) or missing ignores it and starts as it would without: the options below turn off the JVM's
 * messages about that, which would otherwise be printed on every start.
 */
final class ClassDataArchive {
    /** How long a training run may take on a loaded machine (it takes about 10 s). */
    private static final long TIMEOUT_SECONDS = 300;
    private static final int FIRST_AOT_CACHE_RELEASE = 25;
    /**
     * Map the archives (the JDK's and ours) at the address they were made for, as JDKs did by default
     * before JDK-8294323, instead of at a random one: relocating their pointers took 100-110 ms of every
     * kernel start here on 17.0.21 and on 25, a fifth of the 0.5 s start-up budget. Address-space
     * randomisation of class metadata guards against native memory-corruption exploits; a kernel runs any
     * code its connection key signs, so the key, not the metadata's address, is what protects it. The JVM
     * still relocates when the address is taken.
     */
    private static final List<String> FIXED_MAPPING = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    private final int javaFeature;
    private final Path file;

    private ClassDataArchive(int javaFeature, Path file) {
        this.javaFeature = javaFeature;
        this.file = file;
    }

    /** The archive a kernelspec in {@code kernelDir} run by a java of release {@code javaFeature} uses. */
    static ClassDataArchive in(Path kernelDir, int javaFeature) {
        return new ClassDataArchive(javaFeature, kernelDir.resolve(javaFeature >= FIRST_AOT_CACHE_RELEASE ? "gil-lab.aot" : "gil-lab.jsa"));
    }

    /** Every file name an archive of ours can have (an install replaces them all). */
    static List<Path> allIn(Path kernelDir) {
        return List.of(in(kernelDir, 17).file, in(kernelDir, FIRST_AOT_CACHE_RELEASE).file);
    }

    Path file() {
        return file;
    }

    /** The JVM options that make a kernel use the archive, silently falling back when it cannot. */
    List<String> useOptions() {
        List<String> options = new ArrayList<>(javaFeature >= FIRST_AOT_CACHE_RELEASE
                ? List.of("-XX:AOTCache=" + file, "-Xlog:aot*=off,cds*=off")
                : List.of("-XX:SharedArchiveFile=" + file, "-Xlog:cds*=off"));
        options.addAll(FIXED_MAPPING);
        return options;
    }

    /** The JVM options of the training run that writes the archive when the JVM exits. */
    List<String> trainingOptions() {
        return javaFeature >= FIRST_AOT_CACHE_RELEASE
                ? List.of("-XX:AOTCacheOutput=" + file)
                : List.of("-XX:ArchiveClassesAtExit=" + file);
    }

    /**
     * Whether the archive exists and a kernel JVM would use it: the JVM is asked to refuse to start,
     * rather than silently do without, when it cannot (a rebuilt jar, an updated JDK, other options).
     */
    boolean isUsable(Path java, List<String> jvmOptions, Path jar) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(useOptions());
        command.add(javaFeature >= FIRST_AOT_CACHE_RELEASE ? "-XX:AOTMode=on" : "-Xshare:on");
        command.addAll(List.of("-jar", jar.toString(), "--help"));
        // Asked twice before it counts as stale: now and then the address the archive was made for is
        // taken in the new process (address-space randomisation), a refusal that the next start does not
        // repeat, while a stale archive is refused every time.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (waitFor(process) == 0) {
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * Makes the archive: runs {@code java jvmOptions -jar jar kernel --training-run} with the training
     * options, its output kept in a log that is shown only when it fails.
     *
     * @throws IOException with the reason and the log's end when no archive came out of it
     */
    void make(Path java, List<String> jvmOptions, Path jar) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(trainingOptions());
        command.addAll(List.of("-jar", jar.toString(), "kernel", KernelCommand.TRAINING_RUN));
        Path log = Files.createTempFile("gil-lab-training-", ".log");
        try {
            ProcessBuilder training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // a kernel watches the front end that started it (protocol's ParentWatch): this one watches the
            // installer, so that the archive holds what the watch loads at every start (ProcessHandle's classes)
            training.environment().put("JPY_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
            Process process = training.start();
            int status = waitFor(process);
            if (status != 0 || !Files.isRegularFile(file) || Files.size(file) == 0) {
                Files.deleteIfExists(file);
                throw new IOException("the training run " + String.join(" ", command) + " ended with status " + status
                        + (Files.isRegularFile(file) ? "" : " and no archive") + "; its last lines:\n" + tail(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int waitFor(Process process) throws IOException {
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("the training run did not end within " + TIMEOUT_SECONDS + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during the training run", e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
