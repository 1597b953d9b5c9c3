package org.gillab.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void writesTheJsonAnObjectMapperWrites() throws IOException {
        record Point(int x, String label) {}
        Map<String, Object> value = new HashMap<>();
        value.put("plain", Arrays.asList("caf\u00e9 \"q\"\n\uD83D\uDE00", 1, 2L, 2.5, 0.1f, (byte) 4, true, null, new BigDecimal("1.50")));
        value.put("nested", Map.of("list", List.of(Map.of("deep", false))));
        value.put("record", new Point(3, "p"));
        value.put("array", new double[] {0.5, 1});
        ObjectMapper mapper = new ObjectMapper();
        // the same JSON, not the same text: the UTF-8 generator escapes characters beyond the BMP
        JsonNode expected = mapper.readTree(mapper.writeValueAsString(value));
        assertEquals(expected, mapper.readTree(JsonText.of(value)));
        assertEquals(expected, mapper.readTree(JsonText.utf8(value)));
    }

    @Test
    void aValueWithoutJsonIsAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonText.of(Map.of("x", new Object())));
        assertTrue(e.getMessage().startsWith("cannot write as JSON"), e.getMessage());
    }
}
