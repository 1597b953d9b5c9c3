package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gillab.model.Interpreter;
import org.gillab.model.PythonException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model's multiprocessing module, run by Python programs on the model, with real worker processes. */
class MultiprocessingModuleTest {
    private static final String FUNCTIONS = """
            from multiprocessing import Pool, Process, cpu_count
            import time

            def square(x):
                return x * x

            def add(a, b):
                return a + b

            def shout(word):
                print('worker says', word)
                return word + '!'

            def divide(a, b):
                return a // b

            def spin():
                while True:
                    pass

            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** Its processes skip the warm-up, as the differential suite's do: these tests are about output, not speed. */
    private final Interpreter py = Interpreter.builder()
            .stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
            .stderr(new PrintStream(err, true, StandardCharsets.UTF_8))
            .warmProcesses(false)
            .build();

    @AfterEach
    void close() {
        py.close();
    }

    /** Runs the functions above plus a main block, as one program (the workers re-run it as __mp_main__). */
    private String run(String mainBlock) {
        py.exec(FUNCTIONS + "if __name__ == '__main__':\n" + mainBlock.indent(4));
        return out.toString(StandardCharsets.UTF_8);
    }

    private PythonException raises(String mainBlock) {
        return assertThrows(PythonException.class, () -> run(mainBlock));
    }

    @Test
    void applyAsyncMapStarmapAndTheWithBlock() {
        String printed = run("""
                pool = Pool(processes=2)
                r1 = pool.apply_async(square, [7])
                r2 = pool.apply_async(add, (1, 2))
                print(r1.get(), r2.get(timeout=60), r1.ready(), r1.successful())
                print(pool.apply(add, ('a', 'b')))
                pool.close()
                pool.join()
                with Pool(2) as p:
                    print(p.map(square, range(5)))
                    print(p.starmap(add, [(1, 2), (3, 4)]))
                print(cpu_count() >= 1)
                """);
        assertEquals("49 3 True True\nab\n[0, 1, 4, 9, 16]\n[3, 7]\nTrue\n", printed);
    }

    @Test
    void workerPrintsReachTheProgramsStdoutBeforeTheResult() {
        String printed = run("""
                with Pool(1) as p:
                    print(p.apply(shout, ['hi']))
                """);
        assertEquals("worker says hi\nhi!\n", printed);
    }

    @Test
    void anExceptionInAWorkerIsReRaisedWithTheRemoteTraceback() {
        String printed = run("""
                with Pool(1) as p:
                    try:
                        p.apply(divide, (1, 0))
                    except ZeroDivisionError as e:
                        print(type(e.__cause__).__name__)
                        print(e.__cause__)
                """);
        // as CPython chains it: the worker's traceback is the __cause__, a RemoteTraceback
        assertTrue(printed.startsWith("RemoteTraceback\n\n\"\"\"\nTraceback (most recent call last):")
                && printed.contains("in divide") && printed.contains("return a // b"), printed);
    }

    @Test
    void functionsTravelByNameAsPickleSendsThem() {
        assertEquals("2\n", run("""
                with Pool(1) as p:
                    print(p.apply(len, ([1, 2],)))
                """));
        var error = raises("""
                with Pool(1) as p:
                    p.apply(lambda: 1)
                """);
        assertEquals("PicklingError", error.typeName());
        // pickle's own class, whose module is _pickle, as CPython's C pickler's is
        assertTrue(error.getMessage().matches("_pickle\\.PicklingError: Can't pickle <function <lambda> at 0x[0-9a-f]+>: "
                + "attribute lookup <lambda> on __main__ failed"), error.getMessage());
    }

    @Test
    void argumentsThatCannotTravelAreAPicklingStyleTypeError() {
        var error = raises("""
                import threading
                with Pool(1) as p:
                    p.apply(square, (threading.Lock(),))
                """);
        assertEquals("TypeError: cannot pickle '_thread.lock' object", error.getMessage());
    }

    @Test
    void getHonoursItsTimeout() {
        var error = raises("""
                with Pool(1) as p:
                    p.apply_async(spin).get(timeout=0.2)
                """);
        assertEquals("TimeoutError", error.typeName());
    }

    @Test
    void badPoolUseIsAValueErrorAsInCPython() {
        assertTrue(raises("Pool(0)").getMessage().contains("Number of processes must be at least 1"));
        var closed = raises("""
                pool = Pool(1)
                pool.close()
                pool.apply_async(square, [1])
                """);
        assertEquals("ValueError: Pool not running", closed.getMessage());
        assertTrue(raises("""
                pool = Pool(1)
                pool.join()
                """).getMessage().contains("Pool is still running"));
    }

    @Test
    void keyboardInterruptInTheParentTerminatesThePool() throws Exception {
        // Each worker names itself: a diff of the machine's worker processes could count another pool's.
        WorkerPids spinning = new WorkerPids(2);
        Interpreter program = Interpreter.builder().stdout(new PrintStream(spinning, true)).warmProcesses(false).build();
        program.exec(FUNCTIONS + """
                import os

                def announce_then_spin():
                    print(os.getpid())
                    spin()
                """);
        CompletableFuture<PythonException> raised = new CompletableFuture<>();
        Thread main = new Thread(() -> {
            try {
                program.exec("if __name__ == '__main__':\n    pool = Pool(2)\n"
                        + "    results = [pool.apply_async(announce_then_spin) for _ in range(2)]\n    results[0].get()\n");
                raised.complete(null);
            } catch (PythonException e) {
                raised.complete(e);
            }
        });
        main.start();
        assertTrue(spinning.started.await(60, TimeUnit.SECONDS), "both workers started a task");
        List<Long> workers = spinning.pids();
        assertEquals(2, workers.stream().distinct().count(), "two workers: " + workers);
        main.interrupt(); // what a cell interrupt or Ctrl-C does to the program's thread
        assertEquals("KeyboardInterrupt", raised.get(60, TimeUnit.SECONDS).typeName());
        ProcessPoolLifecycleTest.assertAllGone(workers);
        program.close();
    }

    /** The program's stdout, read as the pids its workers print, one a line. */
    private static final class WorkerPids extends OutputStream {
        final CountDownLatch started;
        private final StringBuilder text = new StringBuilder();

        WorkerPids(int workers) {
            started = new CountDownLatch(workers);
        }

        @Override
        public synchronized void write(int b) {
            text.append((char) b);
            if (b == '\n') {
                started.countDown();
            }
        }

        synchronized List<Long> pids() {
            return text.toString().lines().map(Long::parseLong).toList();
        }
    }

    private static List<Long> workers() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(Worker.class.getName()))
                .map(ProcessHandle::pid).toList();
    }

    @Test
    void closingTheInterpreterTerminatesThePoolsItsProgramLeftOpen() {
        List<Long> before = workers();
        run("pool = Pool(2)\n");
        List<Long> workers = workers().stream().filter(pid -> !before.contains(pid)).toList();
        assertEquals(2, workers.size(), "the pool's workers");
        py.close();
        ProcessPoolLifecycleTest.assertAllGone(workers);
    }

    @Test
    void underForkAWorkerStopsItsReRunWhereTheUnguardedMainBlockStartedIt() {
        py.exec(FUNCTIONS);
        py.exec("""
                offset = 1
                with Pool(1) as p:
                    print(p.apply(add, [2, offset]))
                offset = 100
                """);
        assertEquals("3\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void underSpawnAMainBlockWithoutItsGuardCannotStartProcessesInAWorker() {
        py.exec("import multiprocessing\nmultiprocessing.set_start_method('spawn')\n" + FUNCTIONS);
        var error = assertThrows(PythonException.class, () -> py.exec("""
                with Pool(1) as p:
                    p.apply(square, [2])
                """));
        assertEquals("RuntimeError", error.typeName());
        assertTrue(error.getMessage().contains("bootstrapping phase"), error.getMessage());
    }

    @Test
    void processRunsItsTargetInAProcessOfItsOwn() {
        String printed = run("""
                p = Process(target=shout, args=('from a process',))
                print(p.pid, p.exitcode)
                p.start()
                p.join()
                print(p.pid > 0, p.exitcode, p.is_alive())
                q = Process(target=divide, args=(1, 0))
                q.start()
                q.join()
                print(q.exitcode)
                """);
        assertEquals("None None\nworker says from a process\nTrue 0 False\n1\n", printed);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ZeroDivisionError"), err.toString(StandardCharsets.UTF_8));
    }
}
