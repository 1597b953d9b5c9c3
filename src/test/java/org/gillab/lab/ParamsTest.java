package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {
    @Test
    void defaultsApplyWhenTheVariableIsUnsetOrBlank() {
        assertEquals(50_000_000L, Params.count(50_000_000L, Map.of()));
        assertEquals(3, Params.repeats(3, Map.of("GILLAB_REPEATS", " ")));
    }

    @Test
    void theEnvironmentOverridesWithOrWithoutUnderscores() {
        assertEquals(2_000_000L, Params.count(50_000_000L, Map.of("GILLAB_COUNT", "2_000_000")));
        assertEquals(2_000_000L, Params.count(50_000_000L, Map.of("GILLAB_COUNT", " 2000000\n")));
        assertEquals(1, Params.repeats(3, Map.of("GILLAB_REPEATS", "1")));
    }

    @Test
    void garbageNamesTheVariableAndShowsAValidSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Params.count(10, Map.of("GILLAB_COUNT", "2M")));
        assertTrue(e.getMessage().contains("GILLAB_COUNT=2M is not a whole number"), e.getMessage());
        assertTrue(e.getMessage().contains("GILLAB_COUNT=2000000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Params.count(10, Map.of("GILLAB_COUNT", "_1")));
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheirSource() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Params.repeats(3, Map.of("GILLAB_REPEATS", "0")));
        assertEquals("repeats must be between 1 and 2147483647, got 0 from GILLAB_REPEATS=0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Params.count(-1, Map.of()));
        assertEquals("count must be between 0 and 9223372036854775807, got -1 from the default", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Params.repeats(3, Map.of("GILLAB_REPEATS", "99999999999")));
    }
}
