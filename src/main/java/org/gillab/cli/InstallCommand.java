package org.gillab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
            for (Path old : ClassDataArchive.allIn(dir)) {
                Files.deleteIfExists(old);
            }
            archiveOptions = options.classDataArchive() ? makeArchive(dir, java, jar, out, err) : List.of();
            KernelSpecInstaller.install(dir, java, jar, options.displayName(), archiveOptions);
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
     * Makes the kernel's class-data archive in {@code dir} with a training run of the kernel.
     *
     * @return the JVM options that use it, or none when it could not be made (said on {@code err})
     */
    private static List<String> makeArchive(Path dir, Path java, Path jar, PrintStream out, PrintStream err) {
        ClassDataArchive archive = ClassDataArchive.in(dir, Runtime.version().feature());
        out.println("Making the class-data archive that lets the kernel start in half the time (--no-cds skips this)...");
        long start = System.nanoTime();
        try {
            archive.make(java, KernelSpecInstaller.templateJvmOptions(), jar);
        } catch (IOException e) {
            err.println("gil-lab install: no class-data archive, so the kernel will start more slowly: " + e.getMessage());
            return List.of();
        }
        out.printf(Locale.ROOT, "  made %s (%d MB) in %.1f s%n", archive.file().getFileName(),
                archive.file().toFile().length() >> 20, (System.nanoTime() - start) / 1e9);
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
