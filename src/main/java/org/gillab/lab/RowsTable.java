package org.gillab.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Python results as a Tablesaw table: a list of dicts (the keys are the columns, in the order first
 * seen), or a list of tuples or lists whose first item is the header of column names. A column of ints
 * is a LongColumn, of numbers a DoubleColumn, of bools a BooleanColumn, of anything else text; None is
 * a missing value.
 */
final class RowsTable {
    private RowsTable() {}

    static Table of(String name, Object value) {
        return build(name, rows(name, value));
    }

    /** The rows of {@code value} (the Java value of Python global {@code name}) as column → value maps. */
    static List<Map<String, Object>> rows(String name, Object value) {
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException(name + " is " + describe(value) + ", not a list of rows: make it a list of "
                    + "dicts, or of tuples under a header tuple, e.g. [('workers', 'seconds'), (1, 0.5), (2, 0.6)]");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!items.isEmpty() && items.get(0) instanceof List<?> header) {
            if (!header.stream().allMatch(String.class::isInstance)) {
                throw new IllegalArgumentException(name + "'s rows are tuples, and its first row " + header
                        + " is not a header of column names: put one first, e.g. ('workers', 'seconds')");
            }
            for (Object item : items.subList(1, items.size())) {
                List<?> cells = asRow(name, item, List.class);
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(name + ": the row " + cells + " has " + cells.size()
                            + " values, the header " + header + " names " + header.size());
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put((String) header.get(i), cells.get(i));
                }
                rows.add(row);
            }
            return rows;
        }
        for (Object item : items) {
            Map<?, ?> dict = asRow(name, item, Map.class);
            Map<String, Object> row = new LinkedHashMap<>();
            dict.forEach((k, v) -> row.put(String.valueOf(k), v));
            rows.add(row);
        }
        return rows;
    }

    static Table build(String name, List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        Table table = Table.create(name);
        for (String column : columns) {
            List<Object> values = rows.stream().map(row -> row.get(column)).toList();
            table.addColumns(column(column, values));
        }
        return table;
    }

    private static Column<?> column(String name, List<Object> values) {
        List<Object> present = values.stream().filter(v -> v != null).toList();
        if (!present.isEmpty() && present.stream().allMatch(Long.class::isInstance)) {
            return fill(LongColumn.create(name), values, (column, v) -> column.append((Long) v));
        }
        if (!present.isEmpty() && present.stream().allMatch(Number.class::isInstance)) {
            return fill(DoubleColumn.create(name), values, (column, v) -> column.append(((Number) v).doubleValue()));
        }
        if (!present.isEmpty() && present.stream().allMatch(Boolean.class::isInstance)) {
            return fill(BooleanColumn.create(name), values, (column, v) -> column.append((Boolean) v));
        }
        return fill(StringColumn.create(name), values, (column, v) -> column.append(String.valueOf(v)));
    }

    private static <C extends Column<?>> C fill(C column, List<Object> values, BiConsumer<C, Object> append) {
        for (Object v : values) {
            if (v == null) {
                column.appendMissing();
            } else {
                append.accept(column, v);
            }
        }
        return column;
    }

    private static <T> T asRow(String name, Object item, Class<T> type) {
        if (!type.isInstance(item)) {
            throw new IllegalArgumentException(name + " mixes rows: " + describe(item) + " among "
                    + (type == Map.class ? "dicts" : "tuples") + "; every row must be the same kind");
        }
        return type.cast(item);
    }

    private static String describe(Object value) {
        return value == null ? "None" : value instanceof Map ? "a dict" : value instanceof String ? "a str"
                : value instanceof Number ? "a number" : "a " + value.getClass().getSimpleName();
    }
}
