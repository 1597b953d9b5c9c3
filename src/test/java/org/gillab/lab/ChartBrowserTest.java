package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * nbconvert (whose page loads RequireJS), and a hand-made page defines an AMD loader; headless
 * Chromium opens each and every chart must have become a Plotly SVG. The exported page, its DOM and
 * its screenshot stay in target/browser/. Skipped with a message when Chromium or nbconvert is not installed.
 */
class ChartBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path NBCONVERT = Path.of("/usr/bin/jupyter-nbconvert");
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
        run(120, NBCONVERT.toString(), "--to", "html", notebook.toString());
        Path page = OUT.resolve("charts.html");
        String html = Files.readString(page);
        assertEquals(1, count(html, "plotly.js " + PlotlyLibrary.version() + " (MIT licence), gzipped"),
                "the exported page must carry plotly.js exactly once");

        String dom = drawn(page, "nbconvert", true);
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

        String dom = drawn(file, "amd", false);
        assertEquals(3, count(dom, "data-drawn=\"true\""), "every chart replaced by its Plotly version");
        assertTrue(dom.contains("amd definitions: undefined"), "plotly.js must not register itself with define()");
    }

    /** Opens the page in headless Chromium with the network off; returns the DOM, keeps a screenshot if asked. */
    private static String drawn(Path page, String name, boolean withScreenshot) throws Exception {
        String url = page.toAbsolutePath().toUri().toString();
        Path profile = Files.createTempDirectory("gillab-chromium");
        List<String> flags = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--virtual-time-budget=10000", "--window-size=1000,2600");
        if (withScreenshot) {
            List<String> screenshot = new ArrayList<>(flags);
            screenshot.add("--screenshot=" + OUT.resolve(name + ".png").toAbsolutePath());
            screenshot.add(url);
            run(180, screenshot.toArray(String[]::new));
        }
        List<String> dump = new ArrayList<>(flags);
        dump.add("--dump-dom");
        dump.add(url);
        String dom = run(180, dump.toArray(String[]::new));
        Files.writeString(OUT.resolve(name + "-dom.html"), dom);
        return dom;
    }

    /** A cell output that writes what the page's loaders look like, for the assertions. */
    private static final String PROBE = "<div id=\"probe\"></div><script>setTimeout(function () {"
            + "document.getElementById('probe').textContent = 'require: ' + typeof window.require"
            + " + ', amd definitions: ' + window.amdDefinitions; }, 0);</script>\n";

    private static Map<String, Object> notebook(List<MimeBundle> bundles) {
        List<Object> cells = new ArrayList<>();
        cells.add(Map.of("cell_type", "markdown", "metadata", Map.of(), "source", "# GIL Lab charts, exported"));
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
        cell.put("id", "c" + Integer.toHexString(data.hashCode()));
        cell.put("execution_count", null);
        cell.put("metadata", Map.of());
        cell.put("source", "display(chart)");
        cell.put("outputs", List.of(output));
        return cell;
    }

    private static String run(int timeoutSeconds, String... command) throws Exception {
        Path log = Files.createTempFile("gillab-browser", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(log.toFile()).start();
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
