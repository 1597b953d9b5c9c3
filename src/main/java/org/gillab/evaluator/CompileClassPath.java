package org.gillab.evaluator;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The class path JShell compiles cells against: the JVM's own, with each jar mounted as a zip file system
 * and given to javac as a directory. javac opens a jar on its class path by walking all of its entries to
 * index their packages, and the kernel's jar has 25,000: that walk was a fifth of JShell's start-up
 * (the first cell's result came 230 ms sooner without it). A directory it lists one package at a time, as a
 * compilation needs it.
 */
final class CompileClassPath {
    private CompileClassPath() {}

    /**
     * Mounted once, when first needed: the JVM's class path does not change while it runs, and every
     * JShell of the kernel (the cells', the warm-up's) compiles against it. The file systems are read-only
     * and stay open for the JVM's life.
     */
    private static final class Mounted {
        static final List<Path> ENTRIES = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> mountedIfJar(Path.of(entry)))
                .toList();
    }

    /** Sets the class path of JShell's file manager (a JShell.Builder file manager mapping). */
    static StandardJavaFileManager configure(StandardJavaFileManager fileManager) {
        try {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, Mounted.ENTRIES);
            // javac makes a class loader for annotation processors from this path, which defaults to the
            // class path and must then be made of plain files; JShell compiles with -proc:none
            fileManager.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set JShell's class path: " + e.getMessage(), e);
        }
        return fileManager;
    }

    /** The root of the jar's file system, or the path itself when it is no jar (javac then reads it its own way). */
    private static Path mountedIfJar(Path entry) {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return entry;
        }
        try {
            return FileSystems.newFileSystem(entry).getRootDirectories().iterator().next();
        } catch (IOException | ProviderNotFoundException e) {
            return entry;
        }
    }
}
