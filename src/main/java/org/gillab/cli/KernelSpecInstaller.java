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

/**
 * Writes a kernelspec directory from the template in the repository's kernel/ directory (packed into
 * the jar): kernel.json with the absolute paths of a java and of gil-lab.jar put into its argv, and
 * the logos. The template holds everything else (JVM options, interrupt_mode, language), so it stays
 * the one source of truth; the installer only adds the options of the java's release and of the
 * class-data archive it made.
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
     * The template's kernel.json with argv's "java" and the path after "-jar" made absolute, and
     * {@code jvmOptions} after the template's own.
     */
    static ObjectNode kernelJson(Path java, Path jar, String displayName, List<String> jvmOptions) {
        ObjectNode spec = template();
        ArrayNode argv = (ArrayNode) spec.get("argv");
        int jarOption = jarOptionIndex(argv);
        argv.set(0, java.toAbsolutePath().toString());
        argv.set(jarOption + 1, jar.toAbsolutePath().toString());
        for (int i = 0; i < jvmOptions.size(); i++) {
            argv.insert(jarOption + i, jvmOptions.get(i));
        }
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

    /** The JVM options of the template's argv (between "java" and "-jar"): a training run uses them too. */
    static List<String> templateJvmOptions() {
        ArrayNode argv = (ArrayNode) template().get("argv");
        List<String> options = new ArrayList<>();
        for (int i = 1; i < jarOptionIndex(argv); i++) {
            options.add(argv.get(i).asText());
        }
        return options;
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
