package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.gillab.model.Interpreter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every call of the library that blocks releases the GIL while it waits, as Py_BEGIN_ALLOW_THREADS
 * does in CPython: while the main thread waits, a thread spinning on a counter keeps running, and the
 * GIL statistics show that thread holding the lock through the wait. A wait that kept the GIL would
 * leave the counter where it was: the new GIL only changes hands when its holder reaches a check point,
 * and a thread blocked in Java reaches none.
 */
class BlockingCallsReleaseTheGilTest {
    /** How long each call waits (its timeout): long enough that the spinning thread surely runs meanwhile. */
    private static final double WAIT = 0.3;

    static Stream<Arguments> blockingCalls() {
        return Stream.of(
                call("time.sleep", "", "time.sleep(WAIT)", ""),
                call("Lock.acquire", "lock = threading.Lock(); lock.acquire()", "lock.acquire(timeout=WAIT)", ""),
                call("RLock.acquire", "rlock = threading.RLock(); owner = threading.Thread(target=rlock.acquire); "
                        + "owner.start(); owner.join()", "rlock.acquire(timeout=WAIT)", ""),
                call("Condition.wait", "cond = threading.Condition()", "with cond: cond.wait(WAIT)", ""),
                call("Event.wait", "event = threading.Event()", "event.wait(WAIT)", ""),
                call("Semaphore.acquire", "sem = threading.Semaphore(0)", "sem.acquire(timeout=WAIT)", ""),
                call("Barrier.wait", "barrier = threading.Barrier(2)",
                        "try: barrier.wait(WAIT)\nexcept threading.BrokenBarrierError: pass", ""),
                call("Thread.join", "gate = threading.Event(); waiter = threading.Thread(target=gate.wait); waiter.start()",
                        "waiter.join(WAIT)", "gate.set(); waiter.join()"),
                call("SimpleQueue.get", "sq = _queue.SimpleQueue()",
                        "try: sq.get(timeout=WAIT)\nexcept _queue.Empty: pass", ""),
                call("Timer waiting", "timer = threading.Timer(WAIT, print, args=['timer fired']); timer.start()",
                        "timer.join()", ""),
                call("sys.stdin.readline", "", "line = sys.stdin.readline()", "assert line == 'typed\\n', line"),
                call("socket.accept", SERVER + "; srv.settimeout(WAIT)",
                        "try: srv.accept()\nexcept TimeoutError: pass", "srv.close()"),
                call("socket.recv with a timeout", CONNECTION + "; cli.settimeout(WAIT)",
                        "try: cli.recv(1)\nexcept TimeoutError: pass", "cli.close(); peer.close(); srv.close()"),
                call("socket.recv", CONNECTION + "; timer = threading.Timer(WAIT, peer.sendall, args=[b'x']); timer.start()",
                        "data = cli.recv(1)", "timer.join(); assert data == b'x', data; cli.close(); peer.close(); srv.close()"),
                call("select.select", SERVER + "; import select", "select.select([srv], [], [], WAIT)", "srv.close()"),
                call("Popen.wait", CHILD + "child = subprocess.Popen(SLEEP)", "child.wait()", "assert child.returncode == 0"),
                call("Popen.wait with a timeout", CHILD + "child = subprocess.Popen(SLEEP)",
                        "child.wait(timeout=30)", "assert child.returncode == 0"),
                call("Popen.communicate", CHILD + "child = subprocess.Popen(SLEEP_THEN_ECHO, stdout=subprocess.PIPE)",
                        "out, _ = child.communicate()", "assert out == b'done\\n', out"),
                call("Popen.communicate with a timeout", CHILD
                        + "child = subprocess.Popen(SLEEP_THEN_ECHO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)",
                        "out, _ = child.communicate(timeout=30)", "assert out == b'done\\n', out"),
                call("reading a child's pipe", CHILD + "child = subprocess.Popen(SLEEP_THEN_ECHO, stdout=subprocess.PIPE)",
                        "out = child.stdout.read()", "child.wait(); child.stdout.close(); assert out == b'done\\n', out"),
                call("subprocess.run", CHILD, "subprocess.run(SLEEP)", ""));
    }

    /** A listening socket on loopback, and a connection to it (cli, with its other end peer). */
    private static final String SERVER = "import socket; srv = socket.create_server(('127.0.0.1', 0))";
    private static final String CONNECTION = SERVER
            + "; cli = socket.create_connection(srv.getsockname()); peer, _ = srv.accept()";


    /** A child process that takes WAIT seconds (the call waits for it: no sleep in the test synchronises anything). */
    private static final String CHILD = "import subprocess; SLEEP = ['sleep', 'WAIT']; "
            + "SLEEP_THEN_ECHO = ['sh', '-c', 'sleep WAIT; echo done']; ";

    private static Arguments call(String name, String setup, String block, String teardown) {
        String imports = "import _thread, _queue, sys; ";
        return Arguments.of(name, SpinningThread.around(imports + setup, block, teardown).replace("WAIT", Double.toString(WAIT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blockingCalls")
    void anotherThreadRunsWhileTheMainThreadWaits(String call, String program) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8)).build()) {
            // input that takes as long as the other waits to arrive
            py.state().setStdin(() -> {
                Thread.sleep((long) (WAIT * 1000));
                return "typed";
            });
            SpinningThread.assertHelperRanDuringTheCall(py, program, call, "waited", Duration.ofSeconds(30));
            assertEquals(call.equals("Timer waiting") ? "timer fired\n" : "", out.toString(StandardCharsets.UTF_8));
        }
    }
}
