package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gillab.display.MimeBundle;
import org.gillab.display.Renderers;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

/** Users' own tablesaw-jsplot figures show inline like our charts, mended for plotly.js 3. */
class FigureJsonTest {
    private final Table table = Table.create("t", StringColumn.create("workers", "1", "2", "4"),
            DoubleColumn.create("seconds", 1.5, 2.5, 1.2), IntColumn.create("n", 1, 2, 4));

    @Test
    void barsGetTitleObjectsAndACategoryAxis() {
        Map<String, Object> figure = FigureJson.of(VerticalBarPlot.create("Countdown", table, "workers", "seconds"));
        Map<?, ?> layout = (Map<?, ?>) figure.get("layout");
        assertEquals(Map.of("text", "Countdown"), layout.get("title"));
        assertEquals("category", ((Map<?, ?>) layout.get("xaxis")).get("type"));
        Map<?, ?> trace = (Map<?, ?>) ((List<?>) figure.get("data")).get(0);
        assertEquals("bar", trace.get("type"));
        assertEquals(List.of("1", "2", "4"), trace.get("x"));
        assertEquals(List.of(1.5, 2.5, 1.2), trace.get("y"));
    }

    @Test
    void axisTitlesBecomeObjects() {
        Map<String, Object> figure = FigureJson.of(LinePlot.create("Speed", table, "n", "seconds"));
        Map<?, ?> layout = (Map<?, ?>) figure.get("layout");
        assertEquals(Map.of("text", "n"), ((Map<?, ?>) layout.get("xaxis")).get("title"));
        assertEquals(Map.of("text", "seconds"), ((Map<?, ?>) layout.get("yaxis")).get("title"));
    }

    @Test
    void aFigureRendersWithAllFourTypes() {
        Figure figure = VerticalBarPlot.create("Countdown", table, "workers", "seconds");
        MimeBundle bundle = Renderers.render(figure);
        assertEquals(List.of("text/plain", "text/html", ChartBundles.PLOTLY, "image/png"), List.copyOf(bundle.data().keySet()));
        assertTrue(bundle.plainText().startsWith("Countdown: bar chart"), bundle.plainText());
    }
}
