package org.gillab.model.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles the model's standard library at build time, as Lib/compileall.py fills CPython's
 * __pycache__ directories when it is installed: each module's code object goes beside it
 * ({@link Marshal#cacheFromSource}), and the importer loads that instead of compiling the source. A
 * worker process imports multiprocessing, pickle and concurrent.futures before it runs anything, and
 * compiling them was half of that import (650 of 1,200 ms in a JVM whose JIT had not started yet).
 * Usage: {@code CompileAll DIR}, the library's directory among the built classes.
 */
public final class CompileAll {
    private CompileAll() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CompileAll LIBRARY_DIRECTORY");
            System.exit(2);
        }
        Path library = Path.of(args[0]);
        List<Path> modules;
        try (Stream<Path> files = Files.walk(library)) {
            modules = files.filter(f -> f.toString().endsWith(".py")).sorted().toList();
        }
        for (Path module : modules) {
            String source = Files.readString(module);
            String path = library.relativize(module).toString().replace('\\', '/');
            // the filename is supplied again on loading: any will do here
            CodeObject code = Compiler.compile(source, path, warning -> System.err.println(path + ": " + warning));
            Path cache = library.resolve(Marshal.cacheFromSource(path));
            Files.createDirectories(cache.getParent());
            Files.write(cache, Marshal.dump(code, source));
        }
        System.out.println("compiled " + modules.size() + " modules of " + library);
    }
}
