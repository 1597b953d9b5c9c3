package org.gillab.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of message parts, read into Maps, Lists, Strings, numbers and booleans with Jackson's streaming
 * parser, and written by {@link JsonText}. An ObjectMapper reads the same, but its set-up and the first Map
 * it read took about 150 ms of every kernel start, on the way to the first kernel_info_reply.
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
}
