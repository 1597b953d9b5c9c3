package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/** A jar made for a test, outside the kernel's class path: one class whose hello() returns a greeting. */
final class GreeterJar {
    private GreeterJar() {}

    /** Compiles {@code pkg.Greeter} into {@code dir/greeter.jar} and returns the jar. */
    static Path make(Path dir, String pkg, String greeting) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path source = Files.writeString(dir.resolve("Greeter.java"),
                "package " + pkg + "; public class Greeter { public static String hello() { return \"" + greeting + "\"; } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString()));
        Path jar = dir.resolve("greeter.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(pkg + "/Greeter.class"));
            out.write(Files.readAllBytes(classes.resolve(pkg + "/Greeter.class")));
        }
        return jar;
    }
}
