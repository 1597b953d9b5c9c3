package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gillab.display.MimeBundle;
import org.gillab.display.Renderers;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TableViewTest {
    private final Table results = Results.countdown(); // 72 rows

    @Test
    void aShortTableIsShownWhole() {
        Table small = results.first(3);
        String html = TableView.html(small);
        assertTrue(html.contains("<caption"));
        assertTrue(html.contains(">countdown</caption>"));
        assertEquals(3 + 1, html.split("<tr>").length - 1, "a header row and three rows");
        assertFalse(html.contains("rows in all"));
        assertTrue(html.contains("<td style=\"text-align:right\">50,000,000</td>"), "numbers right-aligned, grouped");
        assertTrue(html.contains("<td style=\"text-align:left\">1 thread</td>"));
        assertTrue(html.contains("<th style=\"text-align:right\">seconds</th>"));
    }

    @Test
    void aLongTableShowsItsFirstAndLastRowsAndItsSize() {
        String html = TableView.html(results);
        int rows = html.split("<tr>").length - 1;
        assertEquals(1 + TableView.HEAD_ROWS + 1 + TableView.TAIL_ROWS + 1, rows, "header, head, …, tail, footer");
        assertTrue(html.contains("… 72 rows in all"));
        assertTrue(html.contains("<td style=\"text-align:right\">0.7</td>"), "the last row's seconds: cpython Pool of N, 8 workers");

        String text = TableView.text(results);
        assertTrue(text.contains("..."), "Tablesaw's printout elides the middle");
        assertTrue(text.endsWith("… 72 rows in all"));
        assertTrue(text.lines().count() < 25);
    }

    @Test
    void tablesRenderThroughTheRegistry() {
        MimeBundle bundle = Renderers.render(results);
        assertTrue(((String) bundle.data().get("text/html")).startsWith("<table class=\"gillab-table\""));
        assertTrue(bundle.plainText().contains("countdown"));
    }

    @Test
    void cellTextIsEscaped() {
        Table table = Table.create("<t>", tech.tablesaw.api.StringColumn.create("a&b", "<script>"));
        String html = TableView.html(table);
        assertTrue(html.contains("&lt;t&gt;</caption>"));
        assertTrue(html.contains(">a&amp;b</th>"));
        assertTrue(html.contains(">&lt;script&gt;</td>"));
    }
}
