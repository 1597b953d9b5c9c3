package org.gillab.lab;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tables shaped like the experiments' results, for the chart tests. */
final class Results {
    private Results() {}

    /** A countdown sweep: two engines, three modes, workers 1, 2, 4, 8, three repeats each. */
    static Table countdown() {
        Table table = Table.create("countdown", StringColumn.create("engine"), StringColumn.create("gil"),
                StringColumn.create("mode"), IntColumn.create("workers"), LongColumn.create("count"),
                IntColumn.create("repeat"), DoubleColumn.create("seconds"), DoubleColumn.create("speedup"),
                LongColumn.create("handoffs"));
        for (String engine : new String[] {"model", "cpython"}) {
            for (int workers : new int[] {1, 2, 4, 8}) {
                for (String mode : new String[] {"1 thread", "N threads", "Pool of N"}) {
                    for (int repeat = 0; repeat < 3; repeat++) {
                        double seconds = switch (mode) {
                            case "1 thread" -> 1.5;
                            case "N threads" -> 1.6 + 0.05 * workers;
                            default -> 1.5 / Math.min(workers, 2) + 0.1;
                        } * (engine.equals("cpython") ? 0.8 : 1) + 0.01 * repeat;
                        table.stringColumn("engine").append(engine);
                        table.stringColumn("gil").append("new");
                        table.stringColumn("mode").append(mode);
                        table.intColumn("workers").append(workers);
                        table.longColumn("count").append(50_000_000L);
                        table.intColumn("repeat").append(repeat);
                        table.doubleColumn("seconds").append(seconds);
                        table.doubleColumn("speedup").append(1.5 / seconds);
                        table.longColumn("handoffs").append(mode.equals("N threads") ? 300L * workers : 0L);
                    }
                }
            }
        }
        return table;
    }

    /** Who held the GIL when: three threads taking turns. */
    static Table timeline() {
        Table table = Table.create("holds", StringColumn.create("thread"), DoubleColumn.create("start_ms"),
                DoubleColumn.create("end_ms"));
        double time = 0;
        for (int i = 0; i < 30; i++) {
            table.stringColumn("thread").append("Thread-" + (i % 3 + 1));
            table.doubleColumn("start_ms").append(time);
            time += 5 + i % 3;
            table.doubleColumn("end_ms").append(time);
            time += 0.2;
        }
        return table;
    }
}
