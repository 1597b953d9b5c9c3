package org.gillab.lab;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gillab.lab.ChartSpec.Kind;
import org.gillab.lab.ChartSpec.Lane;
import org.gillab.lab.ChartSpec.Series;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Paints a {@link ChartSpec} as a PNG with XChart, headless: the picture shown where scripts do not
 * run (GitHub, untrusted notebooks, before plotly.js has loaded). It mirrors the Plotly figure's
 * colours, titles and axes; drawn at twice its CSS size so it stays crisp on high-density screens.
 */
final class ChartImage {
    static final int SCALE = 2;

    static {
        // A kernel on a desktop must not open a window system connection (or a dock icon) to draw.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartImage() {}

    static byte[] png(ChartSpec spec) {
        Chart<?, ?> chart = switch (spec.kind()) {
            case BARS -> categoryChart(spec);
            case LINES -> spec.categorical() ? categoryChart(spec) : xyChart(spec);
            case TIMELINE -> timelineChart(spec);
        };
        BufferedImage image = new BufferedImage(ChartSpec.WIDTH * SCALE, ChartSpec.HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            chart.paint(g, ChartSpec.WIDTH, ChartSpec.HEIGHT);
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static CategoryChart categoryChart(ChartSpec spec) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT)
                .title(spec.title()).xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle()).build();
        style(chart.getStyler(), spec.series().size());
        yAxis(chart.getStyler(), spec);
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setOverlapped(false);
        if (spec.kind() == Kind.LINES) {
            chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        }
        for (Series series : spec.series()) {
            List<Double> ys = new ArrayList<>();
            for (double y : series.y()) {
                ys.add(Double.isNaN(y) ? null : y);
            }
            CategorySeries added = chart.addSeries(series.name(), spec.categories(), ys);
            added.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    private static XYChart xyChart(ChartSpec spec) {
        XYChart chart = new XYChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT)
                .title(spec.title()).xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle()).build();
        style(chart.getStyler(), spec.series().size() + (spec.idealLine() ? 1 : 0));
        yAxis(chart.getStyler(), spec);
        chart.getStyler().setXAxisLogarithmic(spec.logX());
        chart.getStyler().setMarkerSize(8);
        for (Series series : spec.series()) {
            XYSeries added = chart.addSeries(series.name(), series.x(), series.y());
            added.setMarker(SeriesMarkers.CIRCLE);
            added.setLineWidth(2f);
        }
        if (spec.idealLine()) {
            double[] range = PlotlyFigure.xRange(spec);
            XYSeries ideal = chart.addSeries("ideal (y = x)", range, range);
            ideal.setMarker(SeriesMarkers.NONE);
            ideal.setLineStyle(SeriesLines.DASH_DASH);
            ideal.setLineColor(Color.decode(ChartSpec.IDEAL_COLOR));
        }
        return chart;
    }

    /**
     * XChart has no floating horizontal bars, so each thread is a row of very thick line segments:
     * one series per thread whose segments (start, row) to (end, row) are separated by null points,
     * where XChart lifts the pen. The first thread is the top row, as in the Plotly version.
     */
    private static XYChart timelineChart(ChartSpec spec) {
        XYChart chart = new XYChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT)
                .title(spec.title()).xAxisTitle(spec.xTitle()).yAxisTitle(spec.yTitle()).build();
        int rows = spec.lanes().size();
        style(chart.getStyler(), rows);
        chart.getStyler().setYAxisMin(-0.5);
        chart.getStyler().setYAxisMax(rows - 0.5);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setLegendVisible(false); // the lanes are named on the y axis
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> laneName(spec, rows, y));
        float thickness = Math.max(2f, Math.min(40f, 0.6f * 300f / rows));
        for (int i = 0; i < rows; i++) {
            Lane lane = spec.lanes().get(i);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int k = 0; k < lane.start().length; k++) {
                xs.addAll(Arrays.asList(lane.start()[k], lane.end()[k], lane.end()[k]));
                ys.addAll(Arrays.asList((double) rows - 1 - i, (double) rows - 1 - i, null));
            }
            XYSeries added = chart.addSeries(lane.name(), xs, ys);
            added.setMarker(SeriesMarkers.NONE);
            added.setLineStyle(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        }
        return chart;
    }

    /**
     * The thread name at a lane's tick. Ticks between lanes get blank labels that differ in length,
     * because XChart drops to two ticks when it sees duplicate labels.
     */
    /** From zero as plotly.js's rangemode "tozero", or logarithmic. */
    private static void yAxis(AxesChartStyler styler, ChartSpec spec) {
        if (spec.logY()) {
            styler.setYAxisLogarithmic(true);
        } else {
            styler.setYAxisMin(0.0);
        }
    }

    private static String laneName(ChartSpec spec, int rows, double y) {
        long row = Math.round(y);
        if (Math.abs(y - row) > 1e-6 || row < 0 || row >= rows) {
            return " ".repeat((int) Math.max(0, Math.round(2 * y) + 2));
        }
        return spec.lanes().get((int) (rows - 1 - row)).name();
    }

    /** plotly.js's look: white background, light grid, legend on the right, readable sans-serif. */
    private static void style(AxesChartStyler styler, int seriesCount) {
        Color[] colors = new Color[Math.max(1, seriesCount)];
        for (int i = 0; i < colors.length; i++) {
            colors[i] = Color.decode(ChartSpec.color(i));
        }
        styler.setSeriesColors(colors);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xe5e5e5));
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setAxisTicksMarksVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendVisible(seriesCount > 1); // as plotly.js: a lone series needs no legend
        styler.setChartFontColor(new Color(0x444444));
        styler.setAxisTickLabelsColor(new Color(0x444444));
        styler.setAntiAlias(true);
    }
}
