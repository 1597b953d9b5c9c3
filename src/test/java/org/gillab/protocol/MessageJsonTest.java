package org.gillab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.display.JsonText;
import org.junit.jupiter.api.Test;

/** Message parts read back what {@link JsonText} wrote: the codec's two halves agree. */
class MessageJsonTest {
    private static Map<String, Object> read(String json) throws IOException {
        return MessageJson.readObject(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String write(Object value) {
        return new String(JsonText.utf8(value), StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatAnObjectMapperReads() throws IOException {
        String json = "{\"z\": 1, \"a\": [true, false, null, 2.5, -7, 12345678901, 123456789012345678901234567890],"
                + " \"nested\": {\"text\": \"caf\\u00e9 \\\"q\\\" \\n\", \"empty\": {}, \"none\": []}}";
        Map<String, Object> read = read(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> mapper = new ObjectMapper().readValue(json, Map.class);
        assertEquals(mapper, read);
        assertEquals(List.of("z", "a", "nested"), new ArrayList<>(read.keySet()), "members keep their order");
        List<?> numbers = (List<?>) read.get("a");
        assertEquals(List.of(Double.class, Integer.class, Long.class, BigInteger.class),
                numbers.subList(3, 7).stream().map(Object::getClass).toList());
    }

    @Test
    void writesWhatItReadsBack() throws IOException {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("text", "line\n\"quoted\" \u00e9\u4e2d\uD83D\uDE00");
        part.put("null", null);
        part.put("nested", Map.of("list", List.of(Map.of("deep", true))));
        part.put("numbers", Arrays.asList(1, 2L, 2.5, (short) 3, BigInteger.TEN.pow(30)));
        Map<String, Object> expected = new LinkedHashMap<>(part);
        expected.put("numbers", Arrays.asList(1, 2, 2.5, 3, BigInteger.TEN.pow(30)));  // as the smallest type that holds them
        assertEquals(expected, read(write(part)));
    }

    @Test
    void rejectsWhatIsNotOneObject() throws IOException {
        assertNull(read("null"), "JSON's null: the codec says which part it was");
        for (String bad : List.of("", "[1]", "\"text\"", "{\"a\": ", "{\"a\": [1, 2}", "{} {}", "{oops}")) {
            assertThrows(IOException.class, () -> read(bad), bad);
        }
        IOException e = assertThrows(IOException.class, () -> read("[1]"));
        assertTrue(e.getMessage().startsWith("expected a JSON object"), e.getMessage());
    }
}
