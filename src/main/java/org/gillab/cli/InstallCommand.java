package org.gillab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "install" sub-command: writes the kernelspec that makes Jupyter start this jar's kernel with
 * this java, into the data directory {@code jupyter kernelspec install} would use. Needs no jupyter.
 */
final class InstallCommand {
    private InstallCommand() {}

    static int run(String[] args) {
        return run(args, JupyterDirs.current(), javaExecutable(), codeLocation(), System.out, System.err);
    }

    static int run(String[] args, JupyterDirs dirs, Path java, Path codeLocation, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(InstallOptions.USAGE);
            return 0;
        }
        InstallOptions options;
        Path jar;
        try {
            options = InstallOptions.parse(args);
            jar = runningJar(codeLocation);
        } catch (IllegalArgumentException e) {
            err.println("gil-lab install: " + e.getMessage());
            err.print(InstallOptions.USAGE);
            return 2;
        }
        Path dir = dirs.kernelDir(options);
        List<String> archiveOptions;
        try {
            Files.createDirectories(dir);
            archiveOptions = classDataArchive(dir, options.classDataArchive(), java, jar, out, err);
            List<String> kernelOptions = new ArrayList<>(KernelSpecInstaller.releaseOptions(Runtime.version().feature()));
            kernelOptions.addAll(archiveOptions);
            KernelSpecInstaller.install(dir, java, jar, options.displayName(), kernelOptions);
        } catch (IOException e) {
            err.println("gil-lab install: cannot write the kernelspec in " + dir + ": " + e
                    + (options.scope() == InstallOptions.Scope.USER ? "" : " (try --user)"));
            return 1;
        }
        out.println("Installed kernelspec " + options.name() + " in " + dir);
        out.println("  it runs " + java + " -jar " + jar + (archiveOptions.isEmpty() ? "" : " with its class-data archive"));
        if (options.scope() == InstallOptions.Scope.PREFIX) {
            out.println("  Jupyter finds it when JUPYTER_PATH includes " + dir.getParent().getParent());
        }
        return 0;
    }

    /**
     * Removes the archives of earlier installs that this one does not use (one for another Java release,
     * or all with --no-cds), then keeps or makes this one's.
     *
     * @return the JVM options that use the archive, or none
     */
    private static List<String> classDataArchive(Path dir, boolean wanted, Path java, Path jar, PrintStream out, PrintStream err)
            throws IOException {
        ClassDataArchive archive = ClassDataArchive.in(dir, Runtime.version().feature());
        for (Path file : ClassDataArchive.allIn(dir)) {
            if (!wanted || !file.equals(archive.file())) {
                Files.deleteIfExists(file);
            }
        }
        return wanted ? prepare(archive, java, jar, out, err) : List.of();
    }

    /**
     * Keeps the kernel's class-data archive when a kernel would still use it, else makes it again with a
     * training run of the kernel.
     *
     * @return the JVM options that use it, or none when it could not be made (said on {@code err})
     */
    private static List<String> prepare(ClassDataArchive archive, Path java, Path jar, PrintStream out, PrintStream err)
            throws IOException {
        List<String> jvmOptions = new ArrayList<>(KernelSpecInstaller.kernelJvmOptions());
        jvmOptions.addAll(KernelSpecInstaller.releaseOptions(Runtime.version().feature()));
        if (archive.isUsable(java, jvmOptions, jar)) {
            out.println("Kept the class-data archive " + archive.file().getFileName() + ": it is still valid for this java and jar");
            return archive.useOptions();
        }
        Files.deleteIfExists(archive.file());
        out.println("Making the class-data archive that lets the kernel start in half the time (--no-cds skips this)...");
        long start = System.nanoTime();
        try {
            archive.make(java, jvmOptions, jar);
        } catch (IOException e) {
            err.println("gil-lab install: no class-data archive, so the kernel will start more slowly: " + e.getMessage());
            return List.of();
        }
        out.printf(Locale.ROOT, "  made %s (%d MB) in %.1f s%n", archive.file().getFileName(),
                Files.size(archive.file()) >> 20, (System.nanoTime() - start) / 1e9);
        // A kernelspec whose options this java refuses (a later JDK without one of them, say) would not start at all
        if (!archive.isUsable(java, jvmOptions, jar)) {
            Files.deleteIfExists(archive.file());
            err.println("gil-lab install: " + java + " made the class-data archive but cannot start with it;"
                    + " the kernel will start without it, more slowly");
            return List.of();
        }
        return archive.useOptions();
    }

    /** The jar the kernel runs from; running from a classes directory cannot give kernel.json a jar. */
    static Path runningJar(Path codeLocation) {
        if (!Files.isRegularFile(codeLocation) || !codeLocation.getFileName().toString().endsWith(".jar")) {
            throw new IllegalArgumentException("the kernel must run from gil-lab.jar, but this code runs from "
                    + codeLocation + ": build the jar first: mvn package, then java -jar target/gil-lab.jar install");
        }
        return codeLocation.toAbsolutePath().normalize();
    }

    /** The running JVM's launcher, so the kernel runs on the Java that installed it. */
    static Path javaExecutable() {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    private static Path codeLocation() {
        URL location = InstallCommand.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate gil-lab.jar from " + location, e);
        }
    }
}
