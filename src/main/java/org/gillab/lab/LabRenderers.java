package org.gillab.lab;

import java.util.List;
import java.util.Map;
import org.gillab.display.MimeBundle;
import org.gillab.display.RendererProvider;
import org.gillab.display.Renderers;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Registers how the lab's values show in a notebook: charts, Tablesaw tables, and users' own
 * tablesaw-jsplot figures (drawn by the same machinery as our charts, so they work offline too).
 */
public final class LabRenderers implements RendererProvider {
    @Override
    public void registerRenderers() {
        Renderers.register(Chart.class, Chart::bundle);
        Renderers.register(Table.class, TableView::bundle);
        Renderers.register(Figure.class, LabRenderers::figure);
    }

    /** The first chart of a session costs about a second of class loading and font set-up; do it now. */
    @Override
    public List<Runnable> warmUpSteps() {
        return Chart.warmUpSteps();
    }

    static MimeBundle figure(Figure figure) {
        Map<String, Object> plotly = FigureJson.of(figure);
        ChartSpec spec = FigureJson.asSpec(plotly);
        String summary = spec == null ? "Plotly figure" + titleOf(figure) : ChartSummary.of(spec);
        return ChartBundles.of(plotly, spec == null ? null : ChartImage.png(spec), summary, ChartHtml.SESSION);
    }

    private static String titleOf(Figure figure) {
        return figure.getLayout() == null || figure.getLayout().getTitle() == null ? "" : ": " + figure.getLayout().getTitle();
    }
}
