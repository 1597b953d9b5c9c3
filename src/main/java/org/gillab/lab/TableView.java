package org.gillab.lab;

import java.util.List;
import java.util.stream.IntStream;
import org.gillab.display.MimeBundle;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as a notebook shows it: an HTML table (the name as caption, numbers right-aligned
 * and rounded for reading) and Tablesaw's own printout as text/plain. Long tables show their first
 * and last rows and say how many rows there are in all.
 */
final class TableView {
    /** Tables up to this many rows are shown whole. */
    static final int MAX_ROWS = 20;
    static final int HEAD_ROWS = 10;
    static final int TAIL_ROWS = 5;

    private TableView() {}

    static MimeBundle bundle(Table table) {
        return MimeBundle.text(text(table)).with("text/html", html(table));
    }

    static String text(Table table) {
        if (table.rowCount() <= MAX_ROWS) {
            return table.print(MAX_ROWS);
        }
        return table.print(HEAD_ROWS + TAIL_ROWS) + "\n" + rowsInAll(table);
    }

    static String html(Table table) {
        List<Column<?>> columns = table.columns();
        StringBuilder html = new StringBuilder("<table class=\"gillab-table\" style=\"font-variant-numeric:tabular-nums\">\n");
        if (!table.name().isBlank()) {
            html.append("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">")
                    .append(Html.escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (Column<?> column : columns) {
            html.append("<th style=\"text-align:").append(align(column)).append("\">")
                    .append(Html.escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        boolean truncated = table.rowCount() > MAX_ROWS;
        int head = truncated ? HEAD_ROWS : table.rowCount();
        IntStream.range(0, head).forEach(row -> appendRow(html, columns, row));
        if (truncated) {
            html.append("<tr>");
            columns.forEach(column -> html.append("<td style=\"text-align:").append(align(column)).append("\">…</td>"));
            html.append("</tr>\n");
            IntStream.range(table.rowCount() - TAIL_ROWS, table.rowCount()).forEach(row -> appendRow(html, columns, row));
        }
        html.append("</tbody>\n");
        if (truncated) {
            html.append("<tfoot><tr><td colspan=\"").append(columns.size()).append("\" style=\"text-align:left\">")
                    .append(rowsInAll(table)).append("</td></tr></tfoot>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static void appendRow(StringBuilder html, List<Column<?>> columns, int row) {
        html.append("<tr>");
        for (Column<?> column : columns) {
            html.append("<td style=\"text-align:").append(align(column)).append("\">").append(Html.escape(cell(column, row))).append("</td>");
        }
        html.append("</tr>\n");
    }

    private static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        return column instanceof NumericColumn<?> numbers ? Numbers.format(numbers.getDouble(row)) : column.getString(row);
    }

    private static String align(Column<?> column) {
        return column instanceof NumericColumn<?> ? "right" : "left";
    }

    private static String rowsInAll(Table table) {
        return String.format("… %,d rows in all", table.rowCount());
    }
}
