package org.gillab.display;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON text of plain values (Maps, collections, Strings, numbers, booleans, null), written with
 * Jackson's streaming generator. An ObjectMapper writes the same, but making the first one and its first
 * write cost 150-260 ms of a fresh JVM: of the kernel's start, when it wrote messages, and of its first
 * chart, whose figure goes into the chart's HTML. A value of another type (a record a cell shows as JSON,
 * say) is written by an ObjectMapper made the first time one comes.
 */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {}

    /**
     * The UTF-8 JSON of {@code value}.
     *
     * @throws IllegalArgumentException for a value that has no JSON (the message says why)
     */
    public static byte[] utf8(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        } catch (IOException e) {
            throw noJson(e);
        }
        return out.toByteArray();
    }

    /**
     * The JSON of {@code value}, as text.
     *
     * @throws IllegalArgumentException for a value that has no JSON (the message says why)
     */
    public static String of(Object value) {
        return new String(utf8(value), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException noJson(IOException e) {
        return new IllegalArgumentException("cannot write as JSON: " + e.getMessage(), e);
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                generator.writeFieldName(String.valueOf(member.getKey()));
                write(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> array) {
            generator.writeStartArray();
            for (Object item : array) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean truth) {
            generator.writeBoolean(truth);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Float number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger big) {
            generator.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else {
            AnyValue.MAPPER.writeValue(generator, value);
        }
    }

    /** Holds the ObjectMapper, made on first use (a class is initialised when first touched). */
    private static final class AnyValue {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
