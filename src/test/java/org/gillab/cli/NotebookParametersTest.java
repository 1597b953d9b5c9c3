package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookParametersTest {
    private static final String PARAMETERS = """
            long count = Params.count(50_000_000L);   // GILLAB_COUNT overrides it
            int workers = 2;
            final double[] intervals = {0.5, 5};
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.println(workers);
            for (int i = 0; i < 2; i++) {
                int inside = i;
            }
            """;

    @TempDir
    Path directory;

    private Notebook notebook(Map<String, Object>... cells) throws IOException {
        Path file = directory.resolve("sample.ipynb");
        new ObjectMapper().writeValue(file.toFile(), Map.of("nbformat", 4, "nbformat_minor", 5, "metadata", Map.of(),
                "cells", List.of(cells)));
        return Notebook.read(file);
    }

    private static Map<String, Object> cell(String type, Object source, String... tags) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", type);
        cell.put("metadata", tags.length == 0 ? Map.of() : Map.of("tags", List.of(tags)));
        cell.put("source", source);
        return cell;
    }

    @Test
    void theParametersAreTheTopLevelDeclarationsOfTheTaggedCell() throws IOException {
        NotebookParameters parameters = NotebookParameters.of(notebook(
                cell("markdown", "# Title"), cell("code", "int notAParameter = 1;"), cell("code", PARAMETERS, "parameters")));
        assertEquals(List.of(
                        new NotebookParameters.Declaration("long", "count", "Params.count(50_000_000L)"),
                        new NotebookParameters.Declaration("int", "workers", "2"),
                        new NotebookParameters.Declaration("double[]", "intervals", "{0.5, 5}"),
                        new NotebookParameters.Declaration("int", "cores", "Runtime.getRuntime().availableProcessors()")),
                parameters.declarations());
        assertEquals("sample.ipynb has count, workers, intervals, cores", parameters.describe());
    }

    @Test
    void theInjectedCellFollowsTheParametersCellAsPapermillLaysItOut() throws IOException {
        Notebook notebook = notebook(cell("markdown", List.of("# A title\n", "text")), cell("code", PARAMETERS, "parameters"),
                cell("code", "System.out.println(workers);"));
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("workers", "3");
        given.put("intervals", List.of(1, 20));
        assertEquals(Map.of("workers", "3", "intervals", "{1.0, 20.0}"), NotebookParameters.of(notebook).inject(given));

        Map<String, Object> injected = notebook.cells().get(2);
        assertEquals("code", injected.get("cell_type"));
        assertEquals(Map.of("tags", List.of("injected-parameters")), injected.get("metadata"));
        assertEquals("// Parameters\nint workers = 3;\ndouble[] intervals = {1.0, 20.0};\n", Notebook.source(injected));
        assertEquals(List.of(), injected.get("outputs"));
        assertTrue(injected.containsKey("execution_count") && injected.get("execution_count") == null);
        assertTrue(String.valueOf(injected.get("id")).matches("[0-9a-f]{8}"));
        assertEquals("System.out.println(workers);", Notebook.source(notebook.cells().get(3)));
        assertEquals(Map.of("parameters", Map.of("workers", 3, "intervals", List.of(1.0, 20.0))), notebook.metadata().get("papermill"));

        // rendering the rendered notebook again replaces the injected cell, as papermill does
        NotebookParameters.of(notebook).inject(Map.of("workers", "4"));
        assertEquals(4, notebook.cells().size());
        assertEquals("// Parameters\nint workers = 4;\n", Notebook.source(notebook.cells().get(2)));
        assertEquals("A title", notebook.title());
    }

    @Test
    void anUnknownNameOrAWrongValueNamesWhatTheNotebookHas() throws IOException {
        NotebookParameters parameters = NotebookParameters.of(notebook(cell("code", PARAMETERS, "parameters")));
        assertEquals("no parameter 'threads': sample.ipynb has count, workers, intervals, cores",
                assertThrows(IllegalArgumentException.class, () -> parameters.inject(Map.of("threads", "3"))).getMessage());
        assertEquals("parameter 'workers' of sample.ipynb is int: 'many' is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> parameters.inject(Map.of("workers", "many"))).getMessage());
        assertEquals("sample.ipynb has no cell tagged 'parameters'",
                NotebookParameters.of(notebook(cell("code", PARAMETERS))).describe());
    }

    @Test
    void theFirstPictureAmongTheOutputsIsTheNotebooksChart() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        Map<String, Object> chart = cell("code", "Chart.bars(t, \"a\", \"b\")");
        chart.put("outputs", List.of(Map.of("output_type", "stream", "text", "x"),
                Map.of("output_type", "execute_result", "data", Map.of("image/png", Base64.getMimeEncoder().encodeToString(png)))));
        Notebook notebook = notebook(cell("markdown", "no heading"), chart);
        assertArrayEquals(png, notebook.firstPng().orElseThrow());
        assertEquals("sample", notebook.title(), "without a heading the title is the file's name");
    }

    @Test
    void parameterFilesAreJsonOrYamlMappings() throws IOException {
        Path yaml = Files.writeString(directory.resolve("p.yaml"), "# the sweep\nworkers: 3\nintervals: [0.5, 5]\nlabel: 'a: b'\n");
        assertEquals(Map.of("workers", 3, "intervals", List.of(0.5, 5), "label", "a: b"), ParameterFile.read(yaml));
        Path json = Files.writeString(directory.resolve("p.json"), "{\"workers\": 3}");
        assertEquals(Map.of("workers", 3), ParameterFile.read(json));
        Path list = Files.writeString(directory.resolve("list.yml"), "- 3\n");
        assertEquals(list + " must map parameter names to values, e.g. workers: 3",
                assertThrows(IllegalArgumentException.class, () -> ParameterFile.read(list)).getMessage());
        Path text = Files.writeString(directory.resolve("p.txt"), "workers=3");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterFile.read(text)).getMessage()
                .startsWith("--parameters takes a .json, .yaml or .yml file"));
        Path broken = Files.writeString(directory.resolve("broken.json"), "{\"workers\": ");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ParameterFile.read(broken)).getMessage()
                .startsWith(broken + " is not valid JSON"));
    }
}
