package org.gillab.display;

import java.io.File;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A value's natural JSON form, built from JSON's own types (Map with String keys, List, String, Number,
 * Boolean, null) that the kernel writes as they are: a Map stays a map, a collection or an array becomes
 * a list, a record a map of its components, a bean a map of its getters' properties, an enum its name.
 * The JDK's values whose text is what they are (java.time's dates, times and durations, a UUID, a URI, a
 * Path or File) become that text. Anything else has no JSON form and is reported as such.
 */
final class JsonForm {
    /** Deeper than any data a notebook displays; deeper means a structure that contains itself. */
    private static final int MAX_DEPTH = 100;

    private JsonForm() {}

    /** True for application/json and the types built on it (application/vnd.plotly.v1+json, ...). */
    static boolean isJsonType(String mimeType) {
        return mimeType.equals("application/json") || mimeType.endsWith("+json");
    }

    /**
     * {@code value} in JSON's own types.
     *
     * @throws IllegalArgumentException naming the part that has no JSON form, and what would have one
     */
    static Object of(Object value) {
        return of(value, 0);
    }

    private static Object of(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the value is nested more than " + MAX_DEPTH
                    + " levels deep (does it contain itself?), so it has no JSON form");
        }
        if (value == null || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Number number) {
            return finite(number);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((key, item) -> json.put(String.valueOf(key), of(item, depth + 1)));
            return json;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> json = new ArrayList<>();
            items.forEach(item -> json.add(of(item, depth + 1)));
            return json;
        }
        if (value.getClass().isArray()) {
            List<Object> json = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                json.add(of(Array.get(value, i), depth + 1));
            }
            return json;
        }
        if (value instanceof Record) {
            return properties(value, Arrays.stream(value.getClass().getRecordComponents())
                    .map(RecordComponent::getAccessor).toList(), depth);
        }
        if (isTextValue(value)) {
            return value.toString();
        }
        List<Method> getters = isJdkClass(value.getClass()) ? List.of() : getters(value.getClass());
        if (getters.isEmpty()) {
            throw new IllegalArgumentException("a " + value.getClass().getName() + " has no JSON form: it is not a Map,"
                    + " a collection, an array, a record or a bean with public getters; convert it to a Map"
                    + " or register a renderer with Renderers.register");
        }
        return properties(value, getters, depth);
    }

    /** NaN and the infinities are not JSON numbers: they are written as their names, as text. */
    private static Object finite(Number number) {
        boolean floating = number instanceof Double || number instanceof Float;
        return floating && !Double.isFinite(number.doubleValue()) ? number.toString() : number;
    }

    private static boolean isTextValue(Object value) {
        return value.getClass().getName().startsWith("java.time.") || value instanceof UUID || value instanceof URI
                || value instanceof Path || value instanceof File;
    }

    /** The JDK's classes are no beans (a Thread's getters would walk half the JVM). */
    private static boolean isJdkClass(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }

    /** Public getX() and isX() methods without parameters, sorted by property name; getClass() is not one. */
    private static List<Method> getters(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> property(m) != null)
                .sorted(Comparator.comparing(JsonForm::property))
                .toList();
    }

    private static String property(Method getter) {
        String name = getter.getName();
        boolean isBoolean = getter.getReturnType() == boolean.class;
        String rest = name.startsWith("get") ? name.substring(3) : isBoolean && name.startsWith("is") ? name.substring(2) : "";
        return rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))
                ? null : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static Map<String, Object> properties(Object value, List<Method> accessors, int depth) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Method accessor : accessors) {
            String name = value instanceof Record ? accessor.getName() : property(accessor);
            json.put(name, of(invoke(accessor, value), depth + 1));
        }
        return json;
    }

    private static Object invoke(Method accessor, Object value) {
        try {
            // a record or class declared in a cell is not public: its public accessors still need this
            accessor.setAccessible(true);
            return accessor.invoke(value);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(value.getClass().getName() + "." + accessor.getName()
                    + "() failed while making its JSON form: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("cannot call " + value.getClass().getName() + "." + accessor.getName()
                    + "() to make its JSON form: " + e.getMessage(), e);
        }
    }
}
