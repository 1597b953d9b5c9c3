package org.gillab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;

/**
 * Writes a kernelspec directory from the template in the repository's kernel/ directory (packed into
 * the jar): kernel.json with the absolute paths of a java and of gil-lab.jar put into its argv, and
 * the logos. The template holds the kernel's own JVM options (its heap, encoding, headless AWT),
 * interrupt_mode and language; the installer adds the model's options ({@link Interpreter#JVM_OPTIONS}:
 * %%python runs the model in the kernel's JVM, which must run it as {@code run} and the pool do), then
 * those of the java's release and of the class-data archive it made.
 */
final class KernelSpecInstaller {
    static final String KERNEL_JSON = "kernel.json";
    static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png");
    private static final String TEMPLATE_DIR = "/kernel/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KernelSpecInstaller() {}

    /**
     * Writes kernel.json and the logos into {@code dir} (created if needed; files of an earlier
     * install are replaced).
     *
     * @param jvmOptions added to the template's JVM options
     */
    static void install(Path dir, Path java, Path jar, String displayName, List<String> jvmOptions) throws IOException {
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(KERNEL_JSON).toFile(), kernelJson(java, jar, displayName, jvmOptions));
        for (String logo : LOGOS) {
            try (InputStream in = template(logo)) {
                Files.copy(in, dir.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * The template's kernel.json with argv's "java" and the path after "-jar" made absolute, the model's
     * JVM options before the template's own and {@code jvmOptions} after them.
     */
    static ObjectNode kernelJson(Path java, Path jar, String displayName, List<String> jvmOptions) {
        ObjectNode spec = template();
        ArrayNode argv = (ArrayNode) spec.get("argv");
        argv.set(0, java.toAbsolutePath().toString());
        insert(argv, 1, Interpreter.JVM_OPTIONS);
        int jarOption = jarOptionIndex(argv);
        argv.set(jarOption + 1, jar.toAbsolutePath().toString());
        insert(argv, jarOption, jvmOptions);
        if (displayName != null) {
            spec.put("display_name", displayName);
        }
        return spec;
    }

    /**
     * What a java of release {@code javaFeature} needs besides the template's options: from 24 on,
     * ClassGraph (a dependency of the chart libraries) calling sun.misc.Unsafe would print a
     * deprecation warning at every kernel start (JEP 498); the option does not exist before 23.
     */
    static List<String> releaseOptions(int javaFeature) {
        return javaFeature >= 24 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /**
     * The kernel's JVM options before any of a release or an archive: the model's, then the template's.
     * A training run uses them too.
     */
    static List<String> kernelJvmOptions() {
        List<String> options = new ArrayList<>(Interpreter.JVM_OPTIONS);
        ArrayNode argv = (ArrayNode) template().get("argv");
        for (int i = 1; i < jarOptionIndex(argv); i++) {
            options.add(argv.get(i).asText());
        }
        return options;
    }

    private static void insert(ArrayNode argv, int index, List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            argv.insert(index + i, options.get(i));
        }
    }

    private static ObjectNode template() {
        try (InputStream in = template(KERNEL_JSON)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the kernelspec template in the jar is unreadable", e);
        }
    }

    private static int jarOptionIndex(ArrayNode argv) {
        for (int i = 0; i < argv.size() - 1; i++) {
            if ("-jar".equals(argv.get(i).asText())) {
                return i;
            }
        }
        throw new IllegalStateException("kernel/kernel.json's argv must run 'java ... -jar gil-lab.jar kernel {connection_file}'");
    }

    private static InputStream template(String file) throws IOException {
        InputStream in = KernelSpecInstaller.class.getResourceAsStream(TEMPLATE_DIR + file);
        if (in == null) {
            throw new IOException("kernel/" + file + " is missing from the jar: rebuild it with mvn package");
        }
        return in;
    }
}
