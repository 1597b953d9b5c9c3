import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.gillab.display.MimeBundle;
import org.gillab.lab.Chart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How long a chart takes to show, in a fresh JVM: the first bundle (class loading, fonts, packing
 * plotly.js), then later ones, with and without Chart.warmUp() run first; and the bundle sizes.
 * Each time is given as wall-clock and as the CPU time of the calling thread: on a loaded machine
 * the second is the better guess at the wall-clock time of an idle one (JIT and GC threads aside).
 * Run after `mvn package`:   java -cp target/gil-lab.jar bench/ChartTimings.java [--warm-up]
 */
public class ChartTimings {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--warm-up")) {
            Watch warmUp = Watch.start();
            Chart.warmUp();
            System.out.println("warmUp(): " + warmUp.took());
        }
        Table table = results();
        Watch first = Watch.start();
        MimeBundle bundle = Chart.bars(table, "mode", "seconds").groupBy("engine").title("Countdown").bundle();
        System.out.printf("first chart: %s; text/html %,d chars (with plotly.js), image/png %,d chars base64%n",
                first.took(), ((String) bundle.data().get("text/html")).length(), ((String) bundle.data().get("image/png")).length());
        MimeBundle later = null;
        for (int i = 1; i <= 5; i++) {
            Watch watch = Watch.start();
            later = Chart.lines(table, "workers", "speedup").groupBy("mode").idealLine().bundle();
            System.out.printf("later chart %d: %s%n", i, watch.took());
        }
        System.out.printf("later charts' text/html: %,d chars%n", ((String) later.data().get("text/html")).length());
        Watch png = Watch.start();
        Chart.timeline(timeline()).png();
        System.out.println("timeline of 2,000 spans, PNG alone: " + png.took());
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A stopwatch of wall-clock and CPU time. */
    private record Watch(long wall, long cpu) {
        static Watch start() {
            return new Watch(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
        }

        double wallMs() {
            return (System.nanoTime() - wall) / 1e6;
        }

        String took() {
            return String.format("%.0f ms (CPU %.0f ms)", wallMs(), (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
    }

    private static Table results() {
        Table table = Table.create("countdown", StringColumn.create("engine"), StringColumn.create("mode"),
                IntColumn.create("workers"), DoubleColumn.create("seconds"), DoubleColumn.create("speedup"));
        for (String engine : new String[] {"model", "cpython"}) {
            for (int workers = 1; workers <= 8; workers *= 2) {
                for (String mode : new String[] {"1 thread", "N threads", "Pool of N"}) {
                    double seconds = mode.equals("Pool of N") ? 1.5 / Math.min(workers, 2) : 1.5 + 0.05 * workers;
                    table.stringColumn("engine").append(engine);
                    table.stringColumn("mode").append(mode);
                    table.intColumn("workers").append(workers);
                    table.doubleColumn("seconds").append(seconds);
                    table.doubleColumn("speedup").append(1.5 / seconds);
                }
            }
        }
        return table;
    }

    private static Table timeline() {
        Table table = Table.create("holds", StringColumn.create("thread"), DoubleColumn.create("start_ms"),
                DoubleColumn.create("end_ms"));
        for (int i = 0; i < 2000; i++) {
            table.stringColumn("thread").append("Thread-" + (i % 4 + 1));
            table.doubleColumn("start_ms").append(i * 5.0);
            table.doubleColumn("end_ms").append(i * 5.0 + 4.9);
        }
        return table;
    }
}
