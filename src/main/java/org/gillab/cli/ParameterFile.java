package org.gillab.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A file of notebook parameters, {@code render --parameters FILE}: a JSON object or a YAML mapping of
 * names to values (papermill's {@code -f}), read with Jackson, whose YAML module parses full YAML.
 */
final class ParameterFile {
    private ParameterFile() {}

    /** @throws IllegalArgumentException when the file cannot be read or is not a mapping of names to values */
    static Map<String, Object> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper;
        if (name.endsWith(".json")) {
            mapper = new ObjectMapper();
        } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            mapper = new YAMLMapper();
        } else {
            throw new IllegalArgumentException("--parameters takes a .json, .yaml or .yml file, got '" + file + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no parameters file '" + file + "' (from " + Path.of("").toAbsolutePath() + ")");
        }
        Object root;
        try {
            root = mapper.readValue(file.toFile(), Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not valid " + (mapper instanceof YAMLMapper ? "YAML" : "JSON")
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + " must map parameter names to values, e.g. "
                    + (mapper instanceof YAMLMapper ? "workers: 3" : "{\"workers\": 3}"));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        map.forEach((key, value) -> parameters.put(String.valueOf(key), value));
        return parameters;
    }
}
