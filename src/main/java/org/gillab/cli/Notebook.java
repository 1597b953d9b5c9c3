package org.gillab.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A Jupyter notebook file (nbformat 4) as its JSON: cells, their tags and outputs, and metadata. */
final class Notebook {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final Map<String, Object> root;

    private Notebook(Path path, Map<String, Object> root) {
        this.path = path;
        this.root = root;
    }

    /** @throws IllegalArgumentException when the file is not a notebook */
    @SuppressWarnings("unchecked")
    static Notebook read(Path path) throws IOException {
        Map<String, Object> root;
        try {
            root = JSON.readValue(path.toFile(), LinkedHashMap.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(path + " is not a notebook: " + e.getOriginalMessage());
        }
        if (!(root.get("cells") instanceof List<?>)) {
            throw new IllegalArgumentException(path + " is not a notebook (nbformat 4): it has no list of cells");
        }
        return new Notebook(path, root);
    }

    Path path() {
        return path;
    }

    /** The file name without .ipynb. */
    String name() {
        String file = path.getFileName().toString();
        return file.endsWith(".ipynb") ? file.substring(0, file.length() - ".ipynb".length()) : file;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cells() {
        return (List<Map<String, Object>>) root.get("cells");
    }

    /** The notebook's metadata, created when missing. */
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata() {
        return (Map<String, Object>) root.computeIfAbsent("metadata", key -> new LinkedHashMap<>());
    }

    /** The index of the first cell with {@code tag}, or -1. */
    int indexOfTagged(String tag) {
        List<Map<String, Object>> cells = cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).get("metadata") instanceof Map<?, ?> metadata
                    && metadata.get("tags") instanceof List<?> tags && tags.contains(tag)) {
                return i;
            }
        }
        return -1;
    }

    /** A cell's source. */
    static String source(Map<String, Object> cell) {
        return multiline(cell.get("source"));
    }

    /** nbformat's multi-line text: one string, or a list of strings to join. */
    private static String multiline(Object text) {
        return text instanceof List<?> lines ? String.join("", lines.stream().map(String::valueOf).toList()) : String.valueOf(text);
    }

    /** A new, unexecuted code cell with one tag, as nbformat's new_code_cell makes it. */
    static Map<String, Object> codeCell(String source, String tag) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "code");
        cell.put("execution_count", null);
        cell.put("id", UUID.randomUUID().toString().substring(0, 8));
        cell.put("metadata", new LinkedHashMap<>(Map.of("tags", List.of(tag))));
        cell.put("outputs", List.of());
        cell.put("source", source);
        return cell;
    }

    /** The text of the first Markdown heading, as the notebook's title; the file name when there is none. */
    String title() {
        for (Map<String, Object> cell : cells()) {
            if ("markdown".equals(cell.get("cell_type"))) {
                for (String line : source(cell).split("\n")) {
                    if (line.matches("#+\\s+\\S.*")) {
                        return line.replaceFirst("^#+\\s+", "").strip();
                    }
                }
            }
        }
        return name();
    }

    /** The first PNG image among the cells' outputs (a chart's picture). */
    Optional<byte[]> firstPng() {
        for (Map<String, Object> cell : cells()) {
            if (cell.get("outputs") instanceof List<?> outputs) {
                for (Object output : outputs) {
                    if (output instanceof Map<?, ?> map && map.get("data") instanceof Map<?, ?> data && data.get("image/png") != null) {
                        return Optional.of(Base64.getMimeDecoder().decode(multiline(data.get("image/png"))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    byte[] toBytes() throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Writes the notebook (a temporary file, for nbconvert to read). */
    Path writeTemporary() throws IOException {
        Path file = Files.createTempFile("gil-lab-" + name() + "-", ".ipynb");
        Files.write(file, toBytes());
        return file;
    }
}
