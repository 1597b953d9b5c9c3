package org.gillab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * collections.deque's append, appendleft, pop and popleft are atomic, as CPython's are: under the GIL
 * (one C call) and under free-threading (3.13t's per-object critical section). Four threads push 20,000
 * distinct items from both ends at once, then four threads pop them all from both ends: none is lost or
 * popped twice, and the reference counts stay exact.
 */
class DequeThreadSafetyTest {
    private static final String PROGRAM = """
            import threading
            from collections import deque

            shared = deque()

            def push(base):
                for i in range(5000):
                    if i % 2:
                        shared.append(base + i)
                    else:
                        shared.appendleft(base + i)

            def pop(into):
                while True:
                    try:
                        into.append(shared.pop() if len(into) % 2 else shared.popleft())
                    except IndexError:
                        return

            def run(workers):
                for t in workers:
                    t.start()
                for t in workers:
                    t.join()

            def main():
                run([threading.Thread(target=push, args=(k * 5000,)) for k in range(4)])
                pushed = len(shared)
                popped = [[] for _ in range(4)]
                run([threading.Thread(target=pop, args=(p,)) for p in popped])
                items = [x for p in popped for x in p]
                return [pushed, len(items), len(set(items)), min(items), max(items), len(shared)]
            """;

    @ParameterizedTest
    @ValueSource(strings = {"new", "free"})
    void concurrentPushesAndPopsLoseNothing(String kind) {
        try (Interpreter py = Interpreter.withGil(kind)) {
            py.exec(PROGRAM);
            assertEquals(List.of(20_000L, 20_000L, 20_000L, 0L, 19_999L, 0L), py.call("main"));
            RefcountReport refcounts = py.checkRefcounts();
            assertTrue(refcounts.exact(), kind + ": " + refcounts);
            assertEquals(0, py.heapStats().useAfterFree(), kind + ": use after free");
        }
    }
}
