import java.util.Map;
import org.gillab.display.MimeBundle;
import org.gillab.lab.Chart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How long a chart takes to show, in a fresh JVM: the first bundle (class loading, fonts, packing
 * plotly.js), then later ones, with and without Chart.warmUp() run first; and the bundle sizes.
 * Run after `mvn package`:   java -cp target/gil-lab.jar bench/ChartTimings.java [--warm-up]
 */
public class ChartTimings {
    public static void main(String[] args) {
        long start = System.nanoTime();
        if (args.length > 0 && args[0].equals("--warm-up")) {
            Chart.warmUp();
            System.out.printf("warmUp(): %.0f ms%n", ms(start));
        }
        Table table = results();
        long first = System.nanoTime();
        MimeBundle bundle = Chart.bars(table, "mode", "seconds").groupBy("engine").title("Countdown").bundle();
        System.out.printf("first chart: %.0f ms; text/html %,d chars (with plotly.js), image/png %,d chars base64%n",
                ms(first), ((String) bundle.data().get("text/html")).length(), ((String) bundle.data().get("image/png")).length());
        double total = 0;
        int n = 5;
        MimeBundle later = null;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            later = Chart.lines(table, "workers", "speedup").groupBy("mode").idealLine().bundle();
            double took = ms(t);
            total += took;
            System.out.printf("later chart %d: %.0f ms%n", i + 1, took);
        }
        System.out.printf("later charts: %.0f ms on average; text/html %,d chars%n", total / n,
                ((String) later.data().get("text/html")).length());
        long png = System.nanoTime();
        Chart.timeline(timeline()).png();
        System.out.printf("timeline png alone: %.0f ms%n", ms(png));
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
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
