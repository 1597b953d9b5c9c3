package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gillab.display.MimeBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts in a real browser with no network: a notebook holding our outputs is exported by
 * nbconvert, and opened (saved, trusted) in the classic Notebook server, both pages loading
 * RequireJS; a hand-made page defines an AMD loader. Headless Chromium opens each, and every chart
 * must have become a Plotly SVG. The exported page, its DOM and
 * its screenshot stay in target/browser/. Skipped with a message when Chromium or nbconvert is not installed.
 */
class ChartBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");
    private static final Path NOTEBOOK = Path.of("/usr/bin/jupyter-notebook");
    private static final Path OUT = Path.of("target", "browser");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<MimeBundle> outputs;

    @BeforeAll
    static void makeOutputs() throws IOException {
        Files.createDirectories(OUT);
        ChartHtml session = new ChartHtml();
        outputs = List.of(
                ChartBundles.of(Chart.bars(Results.countdown(), "mode", "seconds").groupBy("engine").title("Countdown 50M").spec(), session),
                TableView.bundle(Results.countdown()),
                ChartBundles.of(Chart.lines(Results.countdown().where(Results.countdown().stringColumn("engine").isEqualTo("model")),
                        "workers", "speedup").groupBy("mode").idealLine().title("Speedup").spec(), session),
                ChartBundles.of(Chart.timeline(Results.timeline()).spec(), session));
    }

    @Test
    void nbconvertExportDrawsEveryChartOfflineWithPlotlyJsOnce() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
        assumeTrue(Files.isExecutable(NBCONVERT), "no nbconvert at " + NBCONVERT + ": browser test skipped");
        Path notebook = OUT.resolve("charts.ipynb");
        JSON.writerWithDefaultPrettyPrinter().writeValue(notebook.toFile(), notebook(outputs));
        run(Map.of(), 120, NBCONVERT.toString(), "--to", "html", notebook.toString());
        Path page = OUT.resolve("charts.html");
        String html = Files.readString(page);
        assertEquals(1, count(html, "plotly.js " + PlotlyLibrary.version() + " (MIT licence), gzipped"),
                "the exported page must carry plotly.js exactly once");

        String dom = drawn(page.toAbsolutePath().toUri().toString(), "nbconvert", true);
        assertEquals(3, count(dom, "data-drawn=\"true\""), "every chart replaced by its Plotly version");
        assertTrue(count(dom, "class=\"main-svg\"") >= 3, "Plotly SVGs in the page");
        assertTrue(dom.contains("require: function"), "nbconvert's page loads RequireJS, the case define must not catch plotly.js");
    }

    @Test
    void chartsDrawWhereAnAmdLoaderDefinesDefine() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>\n"
                + "window.define = function () { window.amdDefinitions = (window.amdDefinitions || 0) + 1; };\n"
                + "window.define.amd = {};\n</script></head><body>\n");
        for (MimeBundle output : outputs) {
            page.append("<div class=\"output\">").append(output.data().get("text/html")).append("</div>\n");
        }
        page.append(PROBE).append("</body></html>\n");
        Path file = OUT.resolve("amd.html");
        Files.writeString(file, page);

        String dom = drawn(file.toAbsolutePath().toUri().toString(), "amd", false);
        assertEquals(3, count(dom, "data-drawn=\"true\""), "every chart replaced by its Plotly version");
        assertTrue(dom.contains("amd definitions: undefined"), "plotly.js must not register itself with define()");
    }

    @Test
    void theClassicNotebookDrawsEveryChartOfASavedTrustedNotebook() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
        assumeTrue(Files.isExecutable(NOTEBOOK), "no classic Notebook at " + NOTEBOOK + ": browser test skipped");
        Path folder = Files.createDirectories(OUT.resolve("classic")).toAbsolutePath();
        Path notebook = folder.resolve("charts.ipynb");
        JSON.writerWithDefaultPrettyPrinter().writeValue(notebook.toFile(), notebook(outputs));
        // The user's own Jupyter folders stay untouched: signatures and server state live in target/.
        Map<String, String> jupyter = Map.of("JUPYTER_DATA_DIR", folder.resolve("data").toString(),
                "JUPYTER_RUNTIME_DIR", folder.resolve("runtime").toString(),
                "JUPYTER_CONFIG_DIR", folder.resolve("config").toString());
        run(jupyter, 120, "/usr/bin/python3", "-c", "import sys, nbformat\n"
                + "from nbformat.sign import NotebookNotary\n"
                + "NotebookNotary().sign(nbformat.read(sys.argv[1], as_version=4))", notebook.toString());
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String token = java.util.UUID.randomUUID().toString();
        ProcessBuilder builder = new ProcessBuilder(NOTEBOOK.toString(), "--no-browser", "--allow-root", "--ip=127.0.0.1",
                "--port=" + port, "--NotebookApp.token=" + token, "--notebook-dir=" + folder)
                .redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile());
        builder.environment().putAll(jupyter);
        Process server = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitServer(server, base + "/api?token=" + token);
            String dom = drawn(base + "/notebooks/charts.ipynb?token=" + token, "classic", true);
            assertTrue(dom.contains("Javascript enabled for notebook display"), "the notebook must be trusted");
            assertEquals(3, count(dom, "data-drawn=\"true\""), "every chart replaced by its Plotly version");
            assertTrue(dom.contains("require: function, amd definitions: undefined"), "RequireJS on the page, plotly.js not caught by it");
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Polls the server's API until it answers (it is an external process), for at most a minute. */
    private static void awaitServer(Process server, String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // between polls, wait on the server itself: returns at once if it dies
            assertFalse(server.waitFor(250, TimeUnit.MILLISECONDS), "the notebook server stopped; see target/browser/classic/server.log");
        }
        throw new AssertionError("the notebook server did not answer within a minute at " + url);
    }

    /** Chromium with every host name unresolvable: no network, except the loopback server if any. */
    private static final String NO_NETWORK = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";

    /** Opens the page in headless Chromium with the network off; returns the DOM, keeps a screenshot if asked. */
    private static String drawn(String url, String name, boolean withScreenshot) throws Exception {
        Path profile = Files.createTempDirectory("gillab-chromium");
        try {
            List<String> flags = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, NO_NETWORK, "--virtual-time-budget=15000", "--window-size=1000,2600");
            if (withScreenshot) {
                List<String> screenshot = new ArrayList<>(flags);
                screenshot.add("--screenshot=" + OUT.resolve(name + ".png").toAbsolutePath());
                screenshot.add(url);
                run(Map.of(), 180, screenshot.toArray(String[]::new));
            }
            List<String> dump = new ArrayList<>(flags);
            dump.add("--dump-dom");
            dump.add(url);
            String dom = run(Map.of(), 180, dump.toArray(String[]::new));
            Files.writeString(OUT.resolve(name + "-dom.html"), dom);
            return dom;
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A cell output that writes what the page's loaders look like, for the assertions. */
    private static final String PROBE = "<div id=\"probe\"></div><script>setTimeout(function () {"
            + "document.getElementById('probe').textContent = 'require: ' + typeof window.require"
            + " + ', amd definitions: ' + window.amdDefinitions; }, 0);</script>\n";

    private static Map<String, Object> notebook(List<MimeBundle> bundles) {
        List<Object> cells = new ArrayList<>();
        cells.add(Map.of("cell_type", "markdown", "id", "title", "metadata", Map.of(), "source", "# GIL Lab charts, exported"));
        for (MimeBundle bundle : bundles) {
            cells.add(codeCell(bundle.data(), bundle.metadata()));
        }
        cells.add(codeCell(Map.of("text/plain", "probe", "text/html", PROBE), Map.of()));
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cells);
        notebook.put("metadata", Map.of("kernelspec", Map.of("name", "gil-lab", "display_name", "GIL Lab (Java)", "language", "java"),
                "language_info", Map.of("name", "java")));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return notebook;
    }

    private static Map<String, Object> codeCell(Map<String, Object> data, Map<String, Object> metadata) {
        Map<String, Object> output = Map.of("output_type", "display_data", "data", data, "metadata", metadata);
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "code");
        cell.put("id", "output-" + data.hashCode());
        cell.put("execution_count", null);
        cell.put("metadata", Map.of());
        cell.put("source", "display(chart)");
        cell.put("outputs", List.of(output));
        return cell;
    }

    private static String run(Map<String, String> environment, int timeoutSeconds, String... command) throws Exception {
        Path log = OUT.resolve(Path.of(command[0]).getFileName() + ".log"); // the last run's errors, kept for reading
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] stdout;
        try {
            CompletableStdout reader = new CompletableStdout(process);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(command[0] + " took longer than " + timeoutSeconds + " s");
            }
            stdout = reader.get();
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> command[0] + " failed: " + readQuietly(log));
        return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads a process's stdout on its own thread, so a big DOM cannot fill the pipe and stall it. */
    private static final class CompletableStdout {
        private final java.util.concurrent.CompletableFuture<byte[]> bytes;

        CompletableStdout(Process process) {
            bytes = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        byte[] get() throws Exception {
            return bytes.get(30, TimeUnit.SECONDS);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
