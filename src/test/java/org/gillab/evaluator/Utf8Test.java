package org.gillab.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void leavesOutOnlyAnUnfinishedTrailingCharacter() {
        byte[] text = "aé€😀".getBytes(StandardCharsets.UTF_8);  // 1 + 2 + 3 + 4 bytes
        assertEquals(text.length, Utf8.completePrefixLength(text));
        for (int cut = 1; cut < 4; cut++) {
            assertEquals(6, Utf8.completePrefixLength(Arrays.copyOf(text, 6 + cut)), "emoji cut after " + cut + " bytes");
        }
        assertEquals(3, Utf8.completePrefixLength(Arrays.copyOf(text, 4)), "euro sign cut after 1 byte");
        assertEquals(0, Utf8.completePrefixLength(new byte[0]));
    }
}
