package org.gillab.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.gillab.display.MimeBundle;
import org.gillab.lab.ChartSpec.Kind;
import org.gillab.lab.ChartSpec.Lane;
import org.gillab.lab.ChartSpec.Series;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A chart of a results table that shows itself inline: make it the last expression of a cell, or pass
 * it to display(). Each chart is interactive (plotly.js, shipped with the lab, no network needed) and
 * carries a PNG for places where scripts do not run (GitHub, untrusted notebooks).
 *
 * <pre>{@code
 * Chart.bars(results, "mode", "seconds").groupBy("engine").title("Countdown 50M")
 * Chart.lines(results, "workers", "speedup").groupBy("mode").idealLine()
 * Chart.timeline(holds)                       // columns thread, start_ms, end_ms
 * }</pre>
 *
 * Rows that share an x value and a group (repeats) are drawn as their median. The fluent methods
 * change this chart and return it.
 */
public final class Chart {
    private final Kind kind;
    private final Table table;
    private final String x;     // for a timeline: the start column
    private final String y;     // for a timeline: the lane (thread) column
    private final String end;   // for a timeline only: the end column
    private String group;
    private String title;
    private String xTitle;
    private String yTitle;
    private boolean idealLine;
    private boolean logX;
    private boolean logY;

    private Chart(Kind kind, Table table, String x, String y, String end) {
        this.kind = kind;
        this.table = table;
        this.x = x;
        this.y = y;
        this.end = end;
    }

    /** Bars of {@code yColumn} for each value of {@code xColumn}, side by side per group (see groupBy). */
    public static Chart bars(Table table, String xColumn, String yColumn) {
        return new Chart(Kind.BARS, checkedTable(table), column(table, xColumn), numericColumn(table, yColumn), null);
    }

    /**
     * Lines with markers of {@code yColumn} against {@code xColumn}, one line per group. A numeric x
     * column gives a numeric axis (see logX); any other gives categories in table order.
     */
    public static Chart lines(Table table, String xColumn, String yColumn) {
        return new Chart(Kind.LINES, checkedTable(table), column(table, xColumn), numericColumn(table, yColumn), null);
    }

    /** A Gantt chart of who held the lock when, from the columns thread, start_ms and end_ms. */
    public static Chart timeline(Table table) {
        return timeline(table, "thread", "start_ms", "end_ms");
    }

    /** A Gantt chart: one row per value of {@code laneColumn}, a bar from start to end for each table row. */
    public static Chart timeline(Table table, String laneColumn, String startColumn, String endColumn) {
        checkedTable(table);
        return new Chart(Kind.TIMELINE, table, numericColumn(table, startColumn), column(table, laneColumn),
                numericColumn(table, endColumn)).title("GIL timeline").xTitle("time (ms)");
    }

    /** One series (bar colour, line) per value of this column, e.g. "engine" or "mode". */
    public Chart groupBy(String column) {
        if (kind == Kind.TIMELINE) {
            throw new IllegalArgumentException("a timeline already has one row per thread; groupBy() is for bars() and lines()");
        }
        this.group = column(table, column);
        return this;
    }

    public Chart title(String title) {
        this.title = title;
        return this;
    }

    public Chart xTitle(String xTitle) {
        this.xTitle = xTitle;
        return this;
    }

    public Chart yTitle(String yTitle) {
        this.yTitle = yTitle;
        return this;
    }

    /** Adds the dashed line y = x: perfect scaling, for a speedup against workers. */
    public Chart idealLine() {
        requireNumericLines("idealLine()");
        this.idealLine = true;
        return this;
    }

    /** A logarithmic x axis, e.g. for switch intervals from 0.1 to 100 ms. */
    public Chart logX() {
        requireNumericLines("logX()");
        this.logX = true;
        return this;
    }

    /** A logarithmic y axis, e.g. for hand-offs that fall from thousands to tens; all values must be above 0. */
    public Chart logY() {
        if (kind == Kind.TIMELINE) {
            throw new IllegalArgumentException("logY() is for bars() and lines(); a timeline's y axis lists threads");
        }
        this.logY = true;
        return this;
    }

    /** The Plotly figure: {"data": [...], "layout": {...}, "config": {...}}. */
    public Map<String, Object> plotly() {
        return PlotlyFigure.of(spec());
    }

    /** The static image, 800×450 CSS pixels drawn at twice that resolution, as PNG bytes. */
    public byte[] png() {
        return ChartImage.png(spec());
    }

    /** Everything a front end needs to show this chart (what display() sends). */
    public MimeBundle bundle() {
        return ChartBundles.of(spec(), ChartHtml.SESSION);
    }

    /**
     * Makes the first real chart quick (about 3 s of class loading, JIT and packing plotly.js moved
     * out of the user's first chart cell): builds one bundle of each kind and throws them away. The
     * kernel calls it on a background thread at start; it is safe to call at any time, any number of
     * times, and does not count as sending plotly.js to the notebook.
     */
    public static void warmUp() {
        warmUpSteps().forEach(Runnable::run);
    }

    /** {@link #warmUp()} as short steps, for the kernel to run between cells (see RendererProvider). */
    static List<Runnable> warmUpSteps() {
        AtomicReference<ChartHtml> throwAway = new AtomicReference<>();
        AtomicReference<Table> table = new AtomicReference<>();
        return List.of(
                // Tablesaw's column types initialise one another: all of them now, on one thread
                // (two threads that first make columns of two types deadlock: jtablesaw/tablesaw#1230)
                ColumnType::values,
                () -> throwAway.set(new ChartHtml()),
                () -> table.set(Table.create("warm-up", StringColumn.create("thread", "a", "b"),
                        IntColumn.create("workers", 1, 2), DoubleColumn.create("start_ms", 0, 1),
                        DoubleColumn.create("end_ms", 1, 2))),
                () -> ChartImage.png(bars(table.get(), "thread", "end_ms").spec()),
                () -> ChartBundles.of(bars(table.get(), "thread", "end_ms").spec(), throwAway.get()),
                () -> ChartBundles.of(lines(table.get(), "workers", "end_ms").groupBy("thread").idealLine().spec(),
                        throwAway.get()),
                () -> ChartBundles.of(timeline(table.get()).spec(), throwAway.get()),
                () -> TableView.bundle(table.get()));
    }

    /** A short description for screen readers and plain-text front ends. */
    @Override
    public String toString() {
        return ChartSummary.of(spec());
    }

    private void requireNumericLines(String option) {
        if (kind != Kind.LINES || !(table.column(x) instanceof NumericColumn<?>)) {
            throw new IllegalArgumentException(option + " needs lines() with a numeric x column (e.g. workers); "
                    + "this chart has x = \"" + x + "\"");
        }
    }

    ChartSpec spec() {
        if (kind == Kind.TIMELINE) {
            return new ChartSpec(kind, title, xTitle, orDefault(yTitle, y), null, null, List.of(), lanes(),
                    false, false, false, false);
        }
        Column<?> xs = table.column(x);
        boolean categorical = kind == Kind.BARS || !(xs instanceof NumericColumn<?>);
        NumericColumn<?> ys = (NumericColumn<?>) table.column(y);
        Column<?> groups = group == null ? null : table.column(group);

        // Points keyed by group, then by x (a category label or a number), in first-seen order.
        Map<String, Map<Object, List<Double>>> points = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            double value = ys.getDouble(row);
            if (xs.isMissing(row) || Double.isNaN(value)) {
                continue;
            }
            if (logY && value <= 0) {
                throw new IllegalArgumentException("logY() needs values above 0, but column \"" + y + "\" has " + value
                        + " in row " + row + "; drop logY() or filter those rows out");
            }
            Object key = categorical ? xs.getString(row) : ((NumericColumn<?>) xs).getDouble(row);
            if (categorical && !categories.contains(key)) {
                categories.add((String) key);
            }
            String name = groups == null ? y : groups.getString(row);
            points.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("column \"" + y + "\" has no values to plot in table \"" + table.name() + "\"");
        }
        List<Series> series = new ArrayList<>();
        boolean repeated = false;
        for (Map.Entry<String, Map<Object, List<Double>>> entry : points.entrySet()) {
            Map<Object, List<Double>> byX = entry.getValue();
            repeated |= byX.values().stream().anyMatch(values -> values.size() > 1);
            series.add(categorical ? categoricalSeries(entry.getKey(), categories, byX) : numericSeries(entry.getKey(), byX));
        }
        return new ChartSpec(kind, orDefault(title, y + " by " + x), orDefault(xTitle, x), orDefault(yTitle, y),
                group, categorical ? List.copyOf(categories) : null, series, List.of(), idealLine, logX, logY, repeated);
    }

    private static Series categoricalSeries(String name, List<String> categories, Map<Object, List<Double>> byX) {
        double[] xs = new double[categories.size()];
        double[] ys = new double[categories.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i;
            List<Double> values = byX.get(categories.get(i));
            ys[i] = values == null ? Double.NaN : median(values);
        }
        return new Series(name, xs, ys);
    }

    private static Series numericSeries(String name, Map<Object, List<Double>> byX) {
        TreeSet<Double> sorted = new TreeSet<>();
        byX.keySet().forEach(key -> sorted.add((Double) key));
        double[] xs = sorted.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ys = Arrays.stream(xs).map(value -> median(byX.get(value))).toArray();
        return new Series(name, xs, ys);
    }

    private List<Lane> lanes() {
        NumericColumn<?> starts = (NumericColumn<?>) table.column(x);
        NumericColumn<?> ends = (NumericColumn<?>) table.column(end);
        Column<?> names = table.column(y);
        Map<String, List<double[]>> spans = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            double start = starts.getDouble(row);
            double stop = ends.getDouble(row);
            if (!Double.isNaN(start) && !Double.isNaN(stop)) {
                spans.computeIfAbsent(names.getString(row), k -> new ArrayList<>()).add(new double[] {start, stop});
            }
        }
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("table \"" + table.name() + "\" has no complete spans (" + x + ", " + end + ") to plot");
        }
        List<Lane> lanes = new ArrayList<>();
        spans.forEach((name, list) -> lanes.add(new Lane(name,
                list.stream().mapToDouble(span -> span[0]).toArray(),
                list.stream().mapToDouble(span -> span[1]).toArray())));
        return lanes;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static Table checkedTable(Table table) {
        if (table == null) {
            throw new IllegalArgumentException("no table to plot (got null)");
        }
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("table \"" + table.name() + "\" has no rows: nothing to plot; run an experiment first");
        }
        return table;
    }

    private static String column(Table table, String name) {
        if (name == null || !table.containsColumn(name)) {
            throw new IllegalArgumentException("no column \"" + name + "\" in table \"" + table.name()
                    + "\"; its columns are: " + String.join(", ", table.columnNames()));
        }
        return name;
    }

    private static String numericColumn(Table table, String name) {
        column(table, name);
        if (!(table.column(name) instanceof NumericColumn<?>)) {
            String numeric = table.columns().stream().filter(c -> c instanceof NumericColumn<?>)
                    .map(Column::name).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("column \"" + name + "\" holds " + table.column(name).type().name()
                    + " values, not numbers; numeric columns of table \"" + table.name() + "\": "
                    + (numeric.isEmpty() ? "none" : numeric));
        }
        return name;
    }
}
