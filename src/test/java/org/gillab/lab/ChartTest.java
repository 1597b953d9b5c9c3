package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gillab.display.MimeBundle;
import org.gillab.display.Renderers;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ChartTest {
    private final Table results = Results.countdown();

    @Test
    void aChartBundleCarriesPlotlyJsonHtmlPngAndText() throws Exception {
        MimeBundle bundle = ChartBundles.of(Chart.bars(results, "mode", "seconds").groupBy("engine").title("Countdown 50M").spec(),
                new ChartHtml());

        assertEquals(List.of("text/plain", "text/html", ChartBundles.PLOTLY, "image/png"), List.copyOf(bundle.data().keySet()));
        assertTrue(bundle.plainText().startsWith("Countdown 50M: bar chart of seconds by mode, one colour per engine"));
        assertTrue(bundle.plainText().contains("model: 1 thread → 1.51"), bundle.plainText());

        String html = (String) bundle.data().get("text/html");
        String png = (String) bundle.data().get("image/png");
        assertTrue(html.contains("<img src=\"data:image/png;base64," + png + "\""));
        assertTrue(html.contains("alt=\"Countdown 50M: bar chart"));
        assertTrue(html.contains("Plotly.newPlot("));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
        assertEquals(ChartSpec.WIDTH * ChartImage.SCALE, image.getWidth());
        assertEquals(ChartSpec.HEIGHT * ChartImage.SCALE, image.getHeight());
        assertEquals(Map.of("width", ChartSpec.WIDTH, "height", ChartSpec.HEIGHT), bundle.metadata().get("image/png"));
    }

    @Test
    void barsGroupRepeatsIntoMediansOnACategoryAxisWithTitleObjects() {
        Map<String, Object> figure = Chart.bars(results, "workers", "seconds").groupBy("mode").title("By workers").plotly();

        Map<String, Object> layout = map(figure.get("layout"));
        assertEquals(Map.of("text", "By workers"), layout.get("title"));
        assertEquals("category", map(layout.get("xaxis")).get("type"), "workers 1, 2, 4, 8 are categories of bars");
        assertEquals(Map.of("text", "workers"), map(layout.get("xaxis")).get("title"));
        assertEquals(Map.of("text", "seconds"), map(layout.get("yaxis")).get("title"));
        assertEquals(Map.of("text", "mode"), map(layout.get("legend")).get("title"));
        assertEquals("group", layout.get("barmode"));

        List<?> traces = (List<?>) figure.get("data");
        assertEquals(3, traces.size());
        Map<String, Object> oneThread = map(traces.get(0));
        assertEquals("1 thread", oneThread.get("name"));
        assertEquals(List.of("1", "2", "4", "8"), oneThread.get("x"));
        // model 1.50, 1.51, 1.52 and cpython 1.20, 1.21, 1.22 per worker count: the median of six rows
        assertEquals(1.36, (Double) ((List<?>) oneThread.get("y")).get(0), 1e-9);
        assertEquals(Map.of("color", ChartSpec.color(0)), oneThread.get("marker"));
        assertTrue(figure.containsKey("config"));
    }

    @Test
    void linesHaveANumericAxisAndTheIdealLine() {
        Chart chart = Chart.lines(results, "workers", "speedup").groupBy("mode").idealLine();
        Map<String, Object> figure = chart.plotly();

        assertFalse(map(map(figure.get("layout")).get("xaxis")).containsKey("type"), "numeric workers: a linear axis");
        List<?> traces = (List<?>) figure.get("data");
        Map<String, Object> ideal = map(traces.get(traces.size() - 1));
        assertEquals(List.of(1.0, 8.0), ideal.get("x"));
        assertEquals(List.of(1.0, 8.0), ideal.get("y"));
        assertEquals("dash", map(ideal.get("line")).get("dash"));
        assertEquals("lines+markers", map(traces.get(0)).get("mode"));
        assertTrue(chart.toString().contains("dashed ideal line y = x"));
    }

    @Test
    void aGroupWithoutSomeCategoryLeavesAGap() throws Exception {
        Table partial = results.where(results.stringColumn("engine").isEqualTo("model")
                .or(results.stringColumn("mode").isNotEqualTo("Pool of N")));
        for (Chart chart : List.of(Chart.bars(partial, "mode", "seconds").groupBy("engine"),
                Chart.lines(partial, "mode", "seconds").groupBy("engine"))) {
            List<?> cpython = (List<?>) map(((List<?>) chart.plotly().get("data")).get(1)).get("y");
            assertNull(cpython.get(2), "no Pool of N row for cpython: null, a gap in plotly.js");
            assertEquals(ChartSpec.WIDTH * ChartImage.SCALE, ImageIO.read(new ByteArrayInputStream(chart.png())).getWidth());
        }
    }

    @Test
    void logXAndLogYMakeLogAxes() throws Exception {
        Table sweep = Table.create("sweep", tech.tablesaw.api.DoubleColumn.create("interval_ms", 0.1, 1, 10, 100),
                tech.tablesaw.api.LongColumn.create("handoffs", 12_000, 1_300, 130, 14));
        Chart chart = Chart.lines(sweep, "interval_ms", "handoffs").logX().logY();
        Map<String, Object> layout = map(chart.plotly().get("layout"));
        assertEquals("log", map(layout.get("xaxis")).get("type"));
        assertEquals("log", map(layout.get("yaxis")).get("type"));
        assertEquals(ChartSpec.WIDTH * ChartImage.SCALE, ImageIO.read(new ByteArrayInputStream(chart.png())).getWidth());
    }

    @Test
    void logYRefusesZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chart.bars(results, "mode", "handoffs").logY().plotly());
        assertTrue(e.getMessage().startsWith("logY() needs values above 0, but column \"handoffs\" has 0.0 in row 0"), e.getMessage());
    }

    @Test
    void timelineIsFloatingHorizontalBarsOnePerThread() throws Exception {
        Chart chart = Chart.timeline(Results.timeline());
        Map<String, Object> figure = chart.plotly();

        List<?> traces = (List<?>) figure.get("data");
        assertEquals(3, traces.size());
        Map<String, Object> first = map(traces.get(0));
        assertEquals("h", first.get("orientation"));
        assertEquals(0.0, ((List<?>) first.get("base")).get(0));
        assertEquals(5.0, ((List<?>) first.get("x")).get(0));
        Map<String, Object> layout = map(figure.get("layout"));
        assertEquals("reversed", map(layout.get("yaxis")).get("autorange"), "the first thread on top");
        assertEquals(Map.of("text", "GIL timeline"), layout.get("title"));
        assertTrue(chart.toString().startsWith("GIL timeline: 3 rows, 30 spans"), chart.toString());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertEquals(ChartSpec.WIDTH * ChartImage.SCALE, image.getWidth());
    }

    @Test
    void aChartShowsItselfThroughTheRendererRegistry() {
        MimeBundle bundle = Renderers.render(Chart.bars(results, "mode", "seconds"));
        assertTrue(bundle.data().containsKey(ChartBundles.PLOTLY));
        assertTrue(bundle.data().containsKey("image/png"));
    }

    @Test
    void plotlyJsGoesWithTheFirstChartOfASessionOnly() {
        ChartHtml session = new ChartHtml();
        String first = session.html(Map.of("data", List.of(), "layout", Map.of()), null, "first");
        String second = session.html(Map.of("data", List.of(), "layout", Map.of()), null, "second");

        String marker = "plotly.js " + PlotlyLibrary.version() + " (MIT licence), gzipped";
        assertTrue(first.contains(marker));
        assertTrue(first.contains(PlotlyLibrary.gzipBase64()));
        assertTrue(first.indexOf(marker) < first.indexOf("Plotly.newPlot"), "the library before the first drawing");
        assertFalse(second.contains(marker));
        assertFalse(second.contains("DecompressionStream"));
        assertTrue(second.contains("gillabPlotlyQueue"), "later charts wait for the library");
        assertTrue(second.length() < 10_000);
    }

    @Test
    void warmingUpDoesNotCountAsSendingPlotlyJs() {
        boolean before = ChartHtml.SESSION.librarySent();
        Chart.warmUp();
        assertEquals(before, ChartHtml.SESSION.librarySent());
    }

    @Test
    void theBundledLibraryIsPlotlyJs() throws Exception {
        byte[] gzip = Base64.getDecoder().decode(PlotlyLibrary.gzipBase64());
        byte[] head = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gzip)).readNBytes(200);
        assertTrue(new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("plotly.js v" + PlotlyLibrary.version()));
    }

    @Test
    void figureJsonCannotCloseItsScriptElement() {
        Table table = Table.create("t", tech.tablesaw.api.StringColumn.create("mode", "</script><b>x"),
                tech.tablesaw.api.DoubleColumn.create("seconds", 1.0));
        String html = new ChartHtml().html(Chart.bars(table, "mode", "seconds").plotly(), null, "a <b> chart");
        assertFalse(html.contains("</script><b>"));
        assertTrue(html.contains("a &lt;b&gt; chart"));
    }

    @Test
    void anEmptyTableIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chart.bars(results.emptyCopy(), "mode", "seconds"));
        assertEquals("table \"countdown\" has no rows: nothing to plot; run an experiment first", e.getMessage());
    }

    @Test
    void anUnknownColumnIsNamedWithTheTablesColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chart.lines(results, "workers", "secs"));
        assertEquals("no column \"secs\" in table \"countdown\"; its columns are: "
                + "engine, gil, mode, workers, count, repeat, seconds, speedup, handoffs", e.getMessage());
        IllegalArgumentException group = assertThrows(IllegalArgumentException.class,
                () -> Chart.bars(results, "mode", "seconds").groupBy("engnie"));
        assertTrue(group.getMessage().startsWith("no column \"engnie\" in table \"countdown\""));
        assertThrows(IllegalArgumentException.class, () -> Chart.timeline(results));
    }

    @Test
    void aNonNumericYColumnIsRefusedWithTheNumericOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chart.bars(results, "workers", "mode"));
        assertEquals("column \"mode\" holds STRING values, not numbers; numeric columns of table \"countdown\": "
                + "workers, count, repeat, seconds, speedup, handoffs", e.getMessage());
    }

    @Test
    void optionsThatDoNotFitTheChartAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Chart.bars(results, "workers", "seconds").idealLine());
        assertThrows(IllegalArgumentException.class, () -> Chart.lines(results, "mode", "seconds").logX());
        assertThrows(IllegalArgumentException.class, () -> Chart.timeline(Results.timeline()).groupBy("thread"));
    }

    @Test
    void numbersReadWell() {
        assertEquals("50,000,000", Numbers.format(50_000_000));
        assertEquals("1.5", Numbers.format(1.5));
        assertEquals("0.9934", Numbers.format(0.99337748));
        assertEquals("12.35", Numbers.format(12.3456));
        assertEquals("1,234.6", Numbers.format(1234.56));
        assertEquals("", Numbers.format(Double.NaN));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, () -> "expected a JSON object, got " + value);
        return (Map<String, Object>) value;
    }

    @Test
    void aFigureWithoutPictureStillHasHtml() {
        String html = new ChartHtml().html(Map.of("data", List.of()), null, "summary");
        assertTrue(html.contains("<p>summary (interactive chart"));
        assertNull(FigureJson.asSpec(Map.of("data", List.of(), "layout", Map.of())));
    }
}
