package org.gillab.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.gil.GilStats;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A lock's statistics as tables, and its timeline as a table or a Chrome trace-event file. */
final class GilReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GilReport() {}

    /** One row per thread (held, waited and longest wait in ms, acquisitions); the lock-wide counts are the table's name. */
    static Table threads(GilStats stats, String title) {
        Table table = Table.create(title + ": " + stats.toString().lines().findFirst().orElse(""),
                StringColumn.create("thread"), DoubleColumn.create("held_ms"), DoubleColumn.create("waited_ms"),
                LongColumn.create("acquisitions"), DoubleColumn.create("longest_wait_ms"));
        for (GilStats.ThreadStats thread : stats.threads()) {
            table.stringColumn("thread").append(thread.name());
            table.doubleColumn("held_ms").append(thread.heldNanos() / 1e6);
            table.doubleColumn("waited_ms").append(thread.waitedNanos() / 1e6);
            table.longColumn("acquisitions").append(thread.acquisitions());
            table.doubleColumn("longest_wait_ms").append(thread.longestWaitNanos() / 1e6);
        }
        return table;
    }

    /** Who held the lock when: thread, start_ms, end_ms, one row per hold (draw it with Chart.timeline). */
    static Table holds(String name, List<GilStats.Hold> holds) {
        Table table = Table.create(name, StringColumn.create("thread"), DoubleColumn.create("start_ms"), DoubleColumn.create("end_ms"));
        for (GilStats.Hold hold : holds) {
            table.stringColumn("thread").append(hold.thread());
            table.doubleColumn("start_ms").append(hold.startNanos() / 1e6);
            table.doubleColumn("end_ms").append(hold.endNanos() / 1e6);
        }
        return table;
    }

    /**
     * Writes holds as a Chrome trace-event file (JSON object format), which Perfetto and chrome://tracing
     * open: one process per lock (named by the map's key), one track per thread, a complete event ("X")
     * per hold, times in microseconds.
     */
    static void writeTrace(Path file, Map<String, List<GilStats.Hold>> holdsByLock) throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        int pid = 0;
        for (Map.Entry<String, List<GilStats.Hold>> lock : holdsByLock.entrySet()) {
            pid++;
            events.add(metadata(pid, 0, "process_name", lock.getKey()));
            Map<String, Integer> tids = new LinkedHashMap<>();
            for (GilStats.Hold hold : lock.getValue()) {
                Integer tid = tids.get(hold.thread());
                if (tid == null) {
                    tid = tids.size() + 1;
                    tids.put(hold.thread(), tid);
                    events.add(metadata(pid, tid, "thread_name", hold.thread()));
                }
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("name", "holds the GIL");
                event.put("cat", "gil");
                event.put("ph", "X");
                event.put("pid", pid);
                event.put("tid", tid);
                event.put("ts", hold.startNanos() / 1e3);
                event.put("dur", hold.durationNanos() / 1e3);
                events.add(event);
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), Map.of("traceEvents", events, "displayTimeUnit", "ms"));
    }

    private static Map<String, Object> metadata(int pid, int tid, String name, String value) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("name", name);
        event.put("ph", "M");
        event.put("pid", pid);
        event.put("tid", tid);
        event.put("args", Map.of("name", value));
        return event;
    }
}
