package org.gillab.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A notebook parameter's new value, as a Java literal of the type the parameters cell declares it with
 * (what {@code render -p NAME VALUE} writes into the injected cell), and as the JSON value papermill keeps
 * in the notebook's metadata. A value comes as text ({@code -p}) or as a JSON/YAML value (a parameters
 * file); either is read by the declared type's rules, so {@code -p workers 3} and {@code workers: 3} agree.
 */
record JavaLiteral(Object value, String source) {
    /** The declared types a value can be given for. */
    static final List<String> TYPES = List.of("int", "long", "double", "boolean", "String", "int[]", "double[]");

    /** Digits with underscores between them, as in Java's literals (50_000_000). */
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+(?:_+\\d+)*");
    private static final Pattern REAL = Pattern.compile("[-+]?(?:\\d+(?:_+\\d+)*)?(?:\\.\\d*)?(?:[eE][-+]?\\d+)?");

    /**
     * {@code given} as a literal of {@code type} (one of {@link #TYPES}).
     *
     * @throws IllegalArgumentException saying why the value is not one of that type
     */
    static JavaLiteral of(String type, Object given) {
        if (given == null) {
            throw new IllegalArgumentException("no value given");
        }
        if (type.endsWith("[]")) {
            return array(type.substring(0, type.length() - 2), elements(given));
        }
        if (given instanceof List<?> || given instanceof Map<?, ?>) {
            throw new IllegalArgumentException(given + " is a " + (given instanceof List<?> ? "list" : "map")
                    + ", not " + article(type));
        }
        String text = String.valueOf(given).strip();
        return switch (type) {
            case "int" -> {
                long value = whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE, type);
                yield new JavaLiteral((int) value, Long.toString(value));
            }
            case "long" -> {
                long value = whole(text, Long.MIN_VALUE, Long.MAX_VALUE, type);
                yield new JavaLiteral(value, value + "L");
            }
            case "double" -> {
                double value = real(text);
                yield new JavaLiteral(value, Double.toString(value));
            }
            case "boolean" -> {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("'" + text + "' is not a boolean: give true or false");
                }
                boolean value = Boolean.parseBoolean(text);
                yield new JavaLiteral(value, Boolean.toString(value));
            }
            case "String" -> new JavaLiteral(String.valueOf(given), quoted(String.valueOf(given)));
            default -> throw new IllegalArgumentException("render sets parameters of the types " + String.join(", ", TYPES)
                    + "; this one is " + (type.equals("var") ? "declared with var (give it its type)" : "a " + type));
        };
    }

    private static String article(String type) {
        return (type.startsWith("i") ? "an " : "a ") + type;
    }

    private static long whole(String text, long minimum, long maximum, String type) {
        if (!WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value >= minimum && value <= maximum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // out of a long's range: reported below
        }
        throw new IllegalArgumentException(text + " is out of " + article(type) + "'s range, " + minimum + " to " + maximum);
    }

    private static double real(String text) {
        if (!REAL.matcher(text).matches() || !text.matches(".*\\d.*")) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        double value = Double.parseDouble(text.replace("_", ""));
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(text + " is too large for a double");
        }
        return value;
    }

    /** A list's elements; text such as "[1, 2, 4]" or "1,2,4" is split at its commas. */
    private static List<?> elements(Object given) {
        if (given instanceof List<?> list) {
            return list;
        }
        if (!(given instanceof String text)) {
            throw new IllegalArgumentException(given + " is not a list: give one like [1, 2, 4]");
        }
        String inside = text.strip().replaceFirst("^[\\[{](.*)[\\]}]$", "$1").strip();
        return inside.isEmpty() ? List.of() : Arrays.asList(inside.split(","));
    }

    private static JavaLiteral array(String elementType, List<?> elements) {
        List<Object> values = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Object element : elements) {
            JavaLiteral literal = of(elementType, element);
            values.add(literal.value());
            sources.add(literal.source());
        }
        return new JavaLiteral(values, "{" + String.join(", ", sources) + "}");
    }

    /**
     * A Java string literal. Control characters are written as octal escapes: a unicode escape
     * ({@code \}{@code u000a}) would be turned into a line break before the literal is even read.
     */
    static String quoted(String text) {
        return text.chars().mapToObj(c -> switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 || c == 0x7f ? String.format("\\%03o", c) : String.valueOf((char) c);
        }).collect(Collectors.joining("", "\"", "\""));
    }
}
