package org.gillab.lab;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A tablesaw-jsplot {@link Figure} as a Plotly figure {data, layout, config}. jsplot only writes
 * JavaScript (object literals with unquoted keys, single quotes, trailing commas), so each trace and
 * the layout are read back with a lenient JSON parser, then mended for plotly.js 3: plain-string
 * titles become {"text": ...} objects, and bars over numeric-looking labels get a category axis.
 */
final class FigureJson {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private FigureJson() {}

    static Map<String, Object> of(Figure figure) {
        ArrayNode data = LENIENT.createArrayNode();
        Trace[] traces = figure.getTraces();
        for (int i = 0; i < traces.length; i++) {
            data.add(objectLiteral(traces[i].asJavascript(i)));
        }
        ObjectNode layout = figure.getLayout() == null ? LENIENT.createObjectNode() : objectLiteral(figure.getLayout().asJavascript());
        mendTitles(layout);
        markCategoryAxes(data, layout);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", LENIENT.convertValue(data, List.class));
        result.put("layout", LENIENT.convertValue(layout, Map.class));
        result.put("config", PlotlyFigure.config());
        return result;
    }

    /**
     * The same figure as a {@link ChartSpec} when it is plain enough for the PNG painter (vertical bars
     * only, or scatter lines only, each with x and y), else null: the chart then has no picture.
     */
    static ChartSpec asSpec(Map<String, Object> figure) {
        ObjectNode layout = LENIENT.valueToTree(figure.get("layout"));
        ArrayNode data = LENIENT.valueToTree(figure.get("data"));
        if (data.isEmpty()) {
            return null;
        }
        String type = data.get(0).path("type").asText("scatter");
        boolean bars = type.equals("bar");
        List<String> categories = new ArrayList<>();
        boolean numericX = !bars;
        for (JsonNode trace : data) {
            if (!trace.path("type").asText("scatter").equals(type) || !trace.path("x").isArray() || !trace.path("y").isArray()
                    || trace.path("orientation").asText("v").equals("h") || !(bars || type.equals("scatter"))) {
                return null;
            }
            for (JsonNode x : trace.get("x")) {
                numericX &= isNumber(x);
                if (!categories.contains(x.asText())) {
                    categories.add(x.asText());
                }
            }
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        for (JsonNode trace : data) {
            int n = Math.min(trace.get("x").size(), trace.get("y").size());
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                JsonNode x = trace.get("x").get(i);
                xs[i] = numericX ? number(x) : categories.indexOf(x.asText());
                ys[i] = isNumber(trace.get("y").get(i)) ? number(trace.get("y").get(i)) : Double.NaN;
            }
            String name = trace.path("name").asText("");
            boolean taken = name.isBlank() || series.stream().anyMatch(other -> other.name().equals(name));
            series.add(new ChartSpec.Series(taken ? "trace " + series.size() : name, xs, ys));
        }
        return new ChartSpec(bars ? ChartSpec.Kind.BARS : ChartSpec.Kind.LINES, titleText(layout, "Plotly figure"),
                titleText(layout.path("xaxis"), "x"), titleText(layout.path("yaxis"), "y"), null, numericX ? null : categories, series, List.of(), false, false, false, false);
    }

    private static ObjectNode objectLiteral(String javascript) {
        int start = javascript.indexOf('{');
        int end = javascript.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("this jsplot figure part is not an object literal: " + javascript);
        }
        try {
            return (ObjectNode) LENIENT.readTree(javascript.substring(start, end + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read jsplot's JavaScript as JSON: " + e.getMessage(), e);
        }
    }

    /** plotly.js 3 dropped string titles: wrap the layout's and every axis's title. */
    private static void mendTitles(ObjectNode layout) {
        wrapTitle(layout);
        for (Iterator<String> names = layout.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("xaxis") || name.startsWith("yaxis") || name.equals("legend")) {
                if (layout.get(name).isObject()) {
                    wrapTitle((ObjectNode) layout.get(name));
                }
            }
        }
    }

    private static void wrapTitle(ObjectNode node) {
        JsonNode title = node.get("title");
        if (title != null && title.isValueNode()) {
            node.set("title", LENIENT.createObjectNode().put("text", title.asText()));
        }
    }

    /** Bars placed at labels like "1", "2", "4" must stay categories: plotly.js would make them numbers. */
    private static void markCategoryAxes(ArrayNode data, ObjectNode layout) {
        for (JsonNode trace : data) {
            if (!trace.path("type").asText().equals("bar")) {
                continue;
            }
            boolean horizontal = trace.path("orientation").asText("v").equals("h");
            JsonNode labels = trace.path(horizontal ? "y" : "x");
            boolean allStrings = labels.isArray() && !labels.isEmpty();
            for (JsonNode label : labels) {
                allStrings &= label.isTextual();
            }
            String axis = horizontal ? "yaxis" : "xaxis";
            if (allStrings) {
                JsonNode existing = layout.get(axis);
                ObjectNode axisNode = existing instanceof ObjectNode object ? object : layout.putObject(axis);
                if (!axisNode.has("type")) {
                    axisNode.put("type", "category");
                }
            }
        }
    }

    private static String titleText(JsonNode node, String fallback) {
        JsonNode title = node.path("title");
        String text = title.isObject() ? title.path("text").asText("") : title.asText("");
        return text.isBlank() ? fallback : text;
    }

    private static boolean isNumber(JsonNode value) {
        if (value.isNumber()) {
            return true;
        }
        try {
            Double.parseDouble(value.asText());
            return value.isTextual();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText());
    }
}
