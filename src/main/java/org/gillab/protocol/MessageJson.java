package org.gillab.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of message parts, read into and written from Maps, Lists, Strings, numbers and booleans with
 * Jackson's streaming parser and generator. An ObjectMapper reads and writes the same, but its set-up
 * and the first Map it reads took about 150 ms of every kernel start, on the way to the first
 * kernel_info_reply. A value of another type (a record a cell shows as JSON, say) is written by an
 * ObjectMapper made the first time one comes.
 */
final class MessageJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MessageJson() {}

    /**
     * The object {@code json} holds, in the order of its members; null for JSON's null.
     *
     * @throws IOException when the text is not JSON, or is JSON but not an object
     */
    static Map<String, Object> readObject(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "expected a JSON object, found " + (first == null ? "nothing" : parser.getText()));
            }
            Map<String, Object> object = readMembers(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "unexpected " + parser.getText() + " after the object");
            }
            return object;
        }
    }

    private static Map<String, Object> readMembers(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            object.put(name, readValue(parser, parser.nextToken()));
        }
        return object;
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of input");
        }
        return switch (token) {
            case START_OBJECT -> readMembers(parser);
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    array.add(readValue(parser, item));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();  // Integer, Long or BigInteger: the smallest that holds it
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    /**
     * The UTF-8 JSON of {@code value}: a Map, a List, a String, a number, a boolean, null, or any value an
     * ObjectMapper writes.
     *
     * @throws IllegalArgumentException for a value that has no JSON (the message says why)
     */
    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write a message part as JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> member : object.entrySet()) {
                generator.writeFieldName(String.valueOf(member.getKey()));
                writeValue(generator, member.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> array) {
            generator.writeStartArray();
            for (Object item : array) {
                writeValue(generator, item);
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
