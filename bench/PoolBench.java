import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;
import org.gillab.pool.AsyncResult;
import org.gillab.pool.ProcessPool;

/**
 * countdown(50M) on one model thread vs Pool(2) x 25M on worker processes, pool start-up timed apart
 * (as the seed's program does), then the same with real CPython when python3 is on PATH.
 *
 *   mvn -q -o package -DskipTests && java -cp target/gil-lab.jar bench/PoolBench.java [COUNT]
 *
 * Order single, pool, single: the ratio divides by the mean of the two single runs, which evens
 * out drift on a shared machine. Target (issue 4): ratio <= 0.55; CPython measures 0.49-0.57 here.
 */
public class PoolBench {
    static final String COUNTDOWN = """
            def countdown(n):
                while n > 0:
                    n -= 1
            """;

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        System.out.printf("countdown(%,d) on %d cores%n", count, Runtime.getRuntime().availableProcessors());

        double single1 = singleThread(count);
        double pool = pool(2, count);
        double single2 = singleThread(count);
        double single = (single1 + single2) / 2;
        System.out.printf("model:   one thread %.2f s / %.2f s, Pool(2) %.2f s, ratio %.2f%n", single1, single2, pool, pool / single);
        // the workers' JVM flags (serial GC) differ from this JVM's: Pool(1) x COUNT isolates what parallelism buys
        double pool1 = pool(1, count);
        System.out.printf("model:   Pool(1) x %,d %.2f s, Pool(2) / Pool(1) ratio %.2f%n", count, pool1, pool / pool1);

        cpython(count);
    }

    static double singleThread(long count) {
        try (Interpreter py = new Interpreter()) {
            py.exec(COUNTDOWN);
            long start = System.nanoTime();
            py.call("countdown", count);
            return seconds(System.nanoTime() - start);
        }
    }

    /** countdown(count) split over {@code processes} workers; start-up printed, not timed. */
    static double pool(int processes, long count) {
        try (var pool = new ProcessPool(processes)) {
            System.out.printf("Pool(%d) start-up %d ms (left out of the timing)%n", processes, pool.startupTime().toMillis());
            long start = System.nanoTime();
            List<AsyncResult> results = new ArrayList<>();
            for (int i = 0; i < processes; i++) {
                results.add(pool.applyAsync(COUNTDOWN, "countdown", count / processes));
            }
            results.forEach(AsyncResult::get);
            return seconds(System.nanoTime() - start);
        }
    }

    static void cpython(long count) throws IOException, InterruptedException {
        String script = COUNTDOWN + """
                import sys, time
                from multiprocessing import Pool

                def single(count):
                    start = time.perf_counter()
                    countdown(count)
                    return time.perf_counter() - start

                if __name__ == '__main__':
                    count = int(sys.argv[1])
                    s1 = single(count)
                    started = time.perf_counter()
                    pool = Pool(processes=2)
                    startup = time.perf_counter() - started
                    start = time.perf_counter()
                    r1 = pool.apply_async(countdown, [count // 2])
                    r2 = pool.apply_async(countdown, [count // 2])
                    pool.close()
                    pool.join()
                    p = time.perf_counter() - start
                    s2 = single(count)
                    print('CPython %s: one thread %.2f s / %.2f s, Pool(2) %.2f s, ratio %.2f (Pool() start-up %d ms)'
                          % (sys.version.split()[0], s1, s2, p, p / ((s1 + s2) / 2), startup * 1000))
                """;
        Path file = Files.createTempFile("pool-bench", ".py");
        Files.writeString(file, script);
        try {
            Process python = new ProcessBuilder("python3", file.toString(), Long.toString(count)).redirectErrorStream(true).start();
            System.out.print(new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            python.waitFor();
        } catch (IOException noPython) {
            System.out.println("CPython: skipped, no python3 on PATH (" + noPython.getMessage() + ")");
        } finally {
            Files.delete(file);
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
