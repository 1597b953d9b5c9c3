package org.gillab.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.lab.ChartSpec.Kind;
import org.gillab.lab.ChartSpec.Lane;
import org.gillab.lab.ChartSpec.Series;

/**
 * Writes a {@link ChartSpec} as a Plotly figure, {"data", "layout", "config"}: the form of the
 * application/vnd.plotly.v1+json MIME type and the arguments of Plotly.newPlot. Titles are
 * {"text": ...} objects (plotly.js 3 ignores plain strings) and a categorical x axis says so, since
 * plotly.js would read the categories "1", "2", "4" as numbers.
 */
final class PlotlyFigure {
    private PlotlyFigure() {}

    static Map<String, Object> of(ChartSpec spec) {
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("data", spec.kind() == Kind.TIMELINE ? timelineTraces(spec) : traces(spec));
        figure.put("layout", layout(spec));
        figure.put("config", config());
        return figure;
    }

    /** What every lab figure is drawn with: resizes with its cell, and no link to plot.ly's site. */
    static Map<String, Object> config() {
        return map("responsive", true, "displaylogo", false);
    }

    static Map<String, Object> title(String text) {
        return map("text", text);
    }

    private static List<Object> traces(ChartSpec spec) {
        List<Object> traces = new ArrayList<>();
        for (int i = 0; i < spec.series().size(); i++) {
            Series series = spec.series().get(i);
            Map<String, Object> trace = map("name", series.name(), "x", xValues(spec, series), "y", numbers(series.y()));
            String color = ChartSpec.color(i);
            if (spec.kind() == Kind.BARS) {
                trace.put("type", "bar");
                trace.put("marker", map("color", color));
            } else {
                trace.put("type", "scatter");
                trace.put("mode", "lines+markers");
                trace.put("line", map("color", color, "width", 2));
                trace.put("marker", map("color", color, "size", 8));
            }
            traces.add(trace);
        }
        if (spec.idealLine()) {
            double[] range = xRange(spec);
            traces.add(map("type", "scatter", "mode", "lines", "name", "ideal (y = x)",
                    "x", numbers(range), "y", numbers(range),
                    "line", map("color", ChartSpec.IDEAL_COLOR, "width", 2, "dash", "dash")));
        }
        return traces;
    }

    /** A horizontal bar per span, floating from its start (base) for its length, one trace per thread. */
    private static List<Object> timelineTraces(ChartSpec spec) {
        List<Object> traces = new ArrayList<>();
        for (int i = 0; i < spec.lanes().size(); i++) {
            Lane lane = spec.lanes().get(i);
            double[] lengths = new double[lane.start().length];
            Arrays.setAll(lengths, k -> lane.end()[k] - lane.start()[k]);
            traces.add(map("type", "bar", "orientation", "h", "name", lane.name(),
                    "y", Collections.nCopies(lengths.length, lane.name()),
                    "base", numbers(lane.start()), "x", numbers(lengths),
                    "marker", map("color", ChartSpec.color(i)),
                    "hovertemplate", "%{y}: %{base:.3f} to %{customdata:.3f} ms<extra></extra>",
                    "customdata", numbers(lane.end())));
        }
        return traces;
    }

    private static Map<String, Object> layout(ChartSpec spec) {
        // automargin: room for long tick labels (thread names) so the axis title does not overlap them
        Map<String, Object> xaxis = map("title", title(spec.xTitle()), "zeroline", false, "automargin", true);
        Map<String, Object> yaxis = map("title", title(spec.yTitle()), "automargin", true);
        if (spec.categorical()) {
            xaxis.put("type", "category");
        }
        if (spec.logX()) {
            xaxis.put("type", "log");
        }
        if (spec.kind() == Kind.TIMELINE) {
            yaxis.put("type", "category");
            yaxis.put("autorange", "reversed");
        } else if (spec.logY()) {
            yaxis.put("type", "log");
        } else {
            yaxis.put("rangemode", "tozero");
        }
        Map<String, Object> layout = map("title", title(spec.title()), "xaxis", xaxis, "yaxis", yaxis,
                "height", ChartSpec.HEIGHT, "margin", map("l", 70, "r", 20, "t", 60, "b", 60),
                "colorway", ChartSpec.PALETTE);
        if (spec.kind() != Kind.LINES) {
            layout.put("barmode", spec.kind() == Kind.BARS ? "group" : "overlay");
        }
        if (spec.kind() == Kind.TIMELINE) {
            layout.put("showlegend", false); // the lanes are named on the y axis
        }
        if (spec.legendTitle() != null) {
            layout.put("legend", map("title", title(spec.legendTitle())));
        }
        return layout;
    }

    private static List<Object> xValues(ChartSpec spec, Series series) {
        if (!spec.categorical()) {
            return numbers(series.x());
        }
        List<Object> labels = new ArrayList<>();
        for (double index : series.x()) {
            labels.add(spec.categories().get((int) index));
        }
        return labels;
    }

    static double[] xRange(ChartSpec spec) {
        double min = spec.series().stream().flatMapToDouble(s -> Arrays.stream(s.x())).min().orElse(0);
        double max = spec.series().stream().flatMapToDouble(s -> Arrays.stream(s.x())).max().orElse(1);
        return new double[] {min, max};
    }

    /** JSON has no NaN: a missing value is null, which plotly.js draws as a gap. */
    private static List<Object> numbers(double[] values) {
        List<Object> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(Double.isFinite(value) ? (Object) value : null);
        }
        return list;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
