package org.gillab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gillab.evaluator.CompletenessCheck;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilStats;
import org.gillab.model.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The parts of %%python cells that need no kernel: options, result tables, completeness, the trace file. */
class PythonCellPartsTest {
    @Test
    void optionsReadLikeACommandLine() {
        PythonOptions options = PythonOptions.parse("--gil old,free --profile 3.9 --switch-interval 0.5 --check-interval 10 "
                + "--stats --timeline 'my trace.json' --cpython --reset");
        assertEquals(List.of(GilKind.OLD, GilKind.FREE), options.gils());
        assertEquals(Profile.PY39, options.profile());
        assertEquals(Duration.ofNanos(500_000), options.switchInterval());
        assertEquals(10, options.checkInterval());
        assertTrue(options.stats() && options.timeline() && options.cpython() && options.reset());
        assertEquals(Path.of("my trace.json"), options.timelineFile());

        PythonOptions defaults = PythonOptions.parse("  --timeline --stats");
        assertEquals(List.of(GilKind.NEW), defaults.gils());
        assertEquals(Profile.PY311, defaults.profile());
        assertNull(defaults.timelineFile(), "--timeline alone draws the chart and writes no file");
        assertNull(defaults.switchInterval());
    }

    @Test
    void badOptionsSayWhatIsAllowed() {
        assertEquals("unknown GIL kind 'sideways': use one of new, old, free, unsafe",
                assertThrows(IllegalArgumentException.class, () -> PythonOptions.parse("--gil sideways")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PythonOptions.parse("--fast")).getMessage()
                .contains("unknown option '--fast'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PythonOptions.parse("--gil --stats")).getMessage()
                .contains("--gil needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PythonOptions.parse("--switch-interval 0")).getMessage()
                .contains("strictly positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PythonOptions.parse("--check-interval x")).getMessage()
                .contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PythonOptions.parse("--profile 4.0")).getMessage()
                .contains("use 3.9 or 3.11"));
    }

    @Test
    void rowsOfDictsOrOfTuplesUnderAHeaderBecomeTypedColumns() {
        Table dicts = RowsTable.of("results", List.of(
                Map.of("threads", 1L, "seconds", 0.5, "engine", "new"),
                Map.of("threads", 2L, "seconds", 1L, "engine", "new")));
        assertEquals(ColumnType.LONG, dicts.column("threads").type());
        assertEquals(ColumnType.DOUBLE, dicts.column("seconds").type(), "ints among floats make a float column");
        assertEquals(ColumnType.STRING, dicts.column("engine").type());
        assertEquals("results", dicts.name());

        Table tuples = RowsTable.of("rows", List.of(List.of("n", "ok"), List.of(1L, true), List.of(2L, false)));
        assertEquals(List.of("n", "ok"), tuples.columnNames());
        assertEquals(ColumnType.BOOLEAN, tuples.column("ok").type());
        assertEquals(2, tuples.rowCount());

        List<Object> withNone = new ArrayList<>();
        withNone.add(Map.of("x", 1L));
        java.util.HashMap<String, Object> missing = new java.util.HashMap<>();
        missing.put("x", null);
        withNone.add(missing);
        assertTrue(RowsTable.of("gaps", withNone).column("x").isMissing(1), "None is a missing value");
    }

    @Test
    void rowsThatAreNotATableSayHowToMakeOne() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RowsTable.of("n", 3L)).getMessage().contains("not a list of rows"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RowsTable.of("t", List.of(List.of(1L, 2L))))
                .getMessage().contains("header"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RowsTable.of("m", List.of(Map.of("a", 1L), List.of(1L))))
                .getMessage().contains("mixes rows"));
    }

    @Test
    void pythonValuesArriveAsPlainJava() {
        assertEquals(List.of(1L, List.of(2L, 3L)), JavaValues.plain(Tuple.of(1, new Tuple(List.of(2L, 3L)))));
        assertEquals(List.of(1, 2), JavaValues.forPython(new int[] {1, 2}));
        assertEquals(Map.of("sizes", List.of(1.5)), JavaValues.forPython(Map.of("sizes", new double[] {1.5})));
    }

    @Test
    void completenessFollowsIPython() {
        assertEquals("incomplete", PythonAssist.isComplete("for i in range(3):").status());
        assertEquals("    ", PythonAssist.isComplete("for i in range(3):").indent());
        assertEquals("incomplete", PythonAssist.isComplete("print(1,").status());
        assertEquals("incomplete", PythonAssist.isComplete("s = '''abc").status());
        assertEquals("incomplete", PythonAssist.isComplete("if x:\n    y = 1").status(), "a block goes on until a blank line");
        assertEquals(CompletenessCheck.COMPLETE, PythonAssist.isComplete("if x:\n    y = 1\n"));
        assertEquals(CompletenessCheck.COMPLETE, PythonAssist.isComplete("x = 1"));
        assertEquals(CompletenessCheck.INVALID, PythonAssist.isComplete("1 +* 2"));
        for (String blockToCome : List.of("if True:\n", "if True:\n\n", "def f():\n\n\n", "if True:\n# c", "try:\n    pass",
                "for i in range(3):\n    try:\n        pass\n")) {
            assertEquals("incomplete", PythonAssist.isComplete(blockToCome).status(), blockToCome);
        }
        assertEquals(CompletenessCheck.INVALID, PythonAssist.isComplete("if True:\nx = 1"), "the block's body is missing, not to come");
    }

    @Test
    void theTraceFileHasAProcessPerLockAndATrackPerThread(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/trace.json");
        GilReport.writeTrace(file, Map.of("new GIL (model, 3.11 profile)", List.of(
                new GilStats.Hold("MainThread", 0, 2_000_000), new GilStats.Hold("worker", 2_000_000, 7_000_000))));
        JsonNode trace = new ObjectMapper().readTree(file.toFile());
        List<JsonNode> events = new ArrayList<>();
        trace.get("traceEvents").forEach(events::add);
        assertEquals("new GIL (model, 3.11 profile)", events.get(0).get("args").get("name").asText());
        List<JsonNode> holds = events.stream().filter(e -> e.get("ph").asText().equals("X")).toList();
        assertEquals(2, holds.size());
        assertEquals(2000.0, holds.get(1).get("ts").asDouble(), "microseconds");
        assertEquals(5000.0, holds.get(1).get("dur").asDouble());
        assertFalse(holds.get(0).get("tid").equals(holds.get(1).get("tid")), "one track per thread");
    }
}
