package org.gillab.lab;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.gillab.lab.ChartSpec.Kind;
import org.gillab.lab.ChartSpec.Lane;
import org.gillab.lab.ChartSpec.Series;

/** The text/plain of a chart: what it shows and its numbers, short enough to be read aloud. */
final class ChartSummary {
    private static final int MAX_SERIES = 8;
    private static final int MAX_POINTS = 8;

    private ChartSummary() {}

    static String of(ChartSpec spec) {
        return spec.kind() == Kind.TIMELINE ? timeline(spec) : xy(spec);
    }

    private static String xy(ChartSpec spec) {
        StringBuilder text = new StringBuilder(spec.title()).append(": ")
                .append(spec.kind() == Kind.BARS ? "bar chart of " : "line chart of ")
                .append(spec.yTitle()).append(spec.kind() == Kind.BARS ? " by " : " against ").append(spec.xTitle());
        if (spec.legendTitle() != null) {
            text.append(", one ").append(spec.kind() == Kind.BARS ? "colour" : "line").append(" per ").append(spec.legendTitle());
        }
        if (spec.idealLine()) {
            text.append(", dashed ideal line y = x");
        }
        if (spec.repeated()) {
            text.append(" (each point the median of its repeats)");
        }
        List<Series> shown = spec.series().subList(0, Math.min(MAX_SERIES, spec.series().size()));
        for (Series series : shown) {
            StringJoiner points = new StringJoiner(", ");
            for (int i = 0; i < series.x().length; i++) {
                if (i == MAX_POINTS) {
                    points.add("…");
                    break;
                }
                if (!Double.isNaN(series.y()[i])) {
                    String x = spec.categorical() ? spec.categories().get((int) series.x()[i]) : Numbers.format(series.x()[i]);
                    points.add(x + " → " + Numbers.format(series.y()[i]));
                }
            }
            text.append("\n  ").append(series.name()).append(": ").append(points);
        }
        if (shown.size() < spec.series().size()) {
            text.append("\n  … ").append(spec.series().size()).append(" series in all");
        }
        return text.toString();
    }

    private static String timeline(ChartSpec spec) {
        int spans = spec.lanes().stream().mapToInt(lane -> lane.start().length).sum();
        double first = spec.lanes().stream().flatMapToDouble(lane -> Arrays.stream(lane.start())).min().orElse(0);
        double last = spec.lanes().stream().flatMapToDouble(lane -> Arrays.stream(lane.end())).max().orElse(0);
        StringBuilder text = new StringBuilder(spec.title()).append(": ").append(spec.lanes().size())
                .append(spec.lanes().size() == 1 ? " row, " : " rows, ").append(spans).append(spans == 1 ? " span" : " spans")
                .append(" from ").append(Numbers.format(first)).append(" to ").append(Numbers.format(last))
                .append(" (").append(spec.xTitle()).append(")");
        for (Lane lane : spec.lanes().subList(0, Math.min(MAX_SERIES, spec.lanes().size()))) {
            double held = 0;
            for (int i = 0; i < lane.start().length; i++) {
                held += lane.end()[i] - lane.start()[i];
            }
            text.append("\n  ").append(lane.name()).append(": ").append(lane.start().length)
                    .append(lane.start().length == 1 ? " span, " : " spans, ").append(Numbers.format(held)).append(" in all");
        }
        if (spec.lanes().size() > MAX_SERIES) {
            text.append("\n  … ").append(spec.lanes().size()).append(" rows in all");
        }
        return text.toString();
    }
}
