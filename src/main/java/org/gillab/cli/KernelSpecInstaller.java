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
import java.util.List;

/**
 * Writes a kernelspec directory from the template in the repository's kernel/ directory (packed into
 * the jar): kernel.json with the absolute paths of a java and of gil-lab.jar put into its argv, and
 * the logos. The template holds everything else (JVM options, interrupt_mode, language), so it stays
 * the one source of truth.
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
     */
    static void install(Path dir, Path java, Path jar, String displayName) throws IOException {
        Files.createDirectories(dir);
        JSON.writerWithDefaultPrettyPrinter()
                .writeValue(dir.resolve(KERNEL_JSON).toFile(), kernelJson(java, jar, displayName));
        for (String logo : LOGOS) {
            try (InputStream in = template(logo)) {
                Files.copy(in, dir.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The template's kernel.json with argv's "java" and the path after "-jar" made absolute. */
    static ObjectNode kernelJson(Path java, Path jar, String displayName) {
        ObjectNode spec;
        try (InputStream in = template(KERNEL_JSON)) {
            spec = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the kernelspec template in the jar is unreadable", e);
        }
        ArrayNode argv = (ArrayNode) spec.get("argv");
        int jarIndex = indexOf(argv, "-jar") + 1;
        if (jarIndex == 0 || jarIndex >= argv.size()) {
            throw new IllegalStateException("kernel/kernel.json's argv must run 'java ... -jar gil-lab.jar kernel {connection_file}'");
        }
        argv.set(0, java.toAbsolutePath().toString());
        argv.set(jarIndex, jar.toAbsolutePath().toString());
        if (displayName != null) {
            spec.put("display_name", displayName);
        }
        return spec;
    }

    private static int indexOf(ArrayNode array, String text) {
        for (int i = 0; i < array.size(); i++) {
            if (text.equals(array.get(i).asText())) {
                return i;
            }
        }
        return -1;
    }

    private static InputStream template(String file) throws IOException {
        InputStream in = KernelSpecInstaller.class.getResourceAsStream(TEMPLATE_DIR + file);
        if (in == null) {
            throw new IOException("kernel/" + file + " is missing from the jar: rebuild it with mvn package");
        }
        return in;
    }
}
