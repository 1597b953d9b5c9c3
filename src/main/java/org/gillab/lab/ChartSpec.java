package org.gillab.lab;

import java.util.List;

/**
 * What a chart shows, taken out of its table once: the one input of the Plotly writer, the PNG
 * painter and the plain-text summary, so the three cannot disagree.
 *
 * @param categories the x axis labels when x is categorical (then a series' x values are indexes
 *                   into this list), or null when x is numeric
 * @param series     bars or lines, one per group, in the order the groups first appear in the table
 * @param lanes      the timeline's rows, one per thread (empty for other kinds)
 * @param repeated   whether some point is the median of several rows (repeats)
 */
record ChartSpec(Kind kind, String title, String xTitle, String yTitle, String legendTitle,
                 List<String> categories, List<Series> series, List<Lane> lanes,
                 boolean idealLine, boolean logX, boolean logY, boolean repeated) {

    enum Kind { BARS, LINES, TIMELINE }

    /** One group's points; y is NaN where the group has no row for that x. */
    record Series(String name, double[] x, double[] y) {}

    /** One thread's spans on the timeline: it held the lock from start[i] to end[i]. */
    record Lane(String name, double[] start, double[] end) {}

    boolean categorical() {
        return categories != null;
    }

    /** The colour of the i-th series or lane, the same in the Plotly chart and in the PNG. */
    static String color(int i) {
        return PALETTE.get(i % PALETTE.size());
    }

    /** plotly.js's default colour cycle (D3's category10), so a chart looks the same either way. */
    static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");

    static final String IDEAL_COLOR = "#7f7f7f";
    static final int WIDTH = 800;
    static final int HEIGHT = 450;
}
