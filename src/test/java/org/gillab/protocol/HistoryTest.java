package org.gillab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final History history = new History();

    HistoryTest() {
        history.add(1, "int x = 1;");
        history.add(2, "x + 1");
        history.add(3, "int y = 2;");
        history.add(4, "x + 1");
    }

    private static List<Integer> lines(List<History.Entry> entries) {
        return entries.stream().map(History.Entry::line).toList();
    }

    @Test
    void tailRangeAndSearch() {
        assertEquals(List.of(3, 4), lines(history.tail(2)));
        assertEquals(List.of(2, 3), lines(history.range(0, 2, 4)));
        assertEquals(List.of(3, 4), lines(history.range(1, -2, 0)));
        assertEquals(List.of(), lines(history.range(7, 1, 0)));
        assertEquals(List.of(1, 3), lines(history.search("int ?*", 10, false)));
        assertEquals(List.of(2, 4), lines(history.search("x*", 10, false)));
        assertEquals(List.of(4), lines(history.search("x*", 10, true)));
        assertEquals(List.of(3), lines(history.search("int*", 1, false)));
        assertEquals(List.of(1, "int x = 1;"), history.tail(4).get(0).toWire().subList(1, 3));
    }
}
