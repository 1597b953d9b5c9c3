package org.gillab.model.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.gillab.model.Interpreter;
import org.gillab.model.Profile;
import org.junit.jupiter.api.Test;

/** Where the eval loop checks for a drop request decides whether {@code counter += 1} is atomic. */
class ProfileTest {
    private static final String PROGRAM = """
            import threading
            counter = 0
            def work(n):
                global counter
                while n > 0:
                    counter += 1
                    n -= 1
            def main(n):
                workers = [threading.Thread(target=work, args=(n,)) for _ in range(4)]
                for w in workers:
                    w.start()
                for w in workers:
                    w.join()
                return counter
            """;

    private static Interpreter interpreter(Profile profile) {
        return Interpreter.builder().profile(profile).switchInterval(Duration.ofNanos(50_000)).build();
    }

    @Test
    void from310OnNoSwitchFallsInsideAnIncrement() {
        Interpreter py = interpreter(Profile.PY311);
        py.exec(PROGRAM);
        assertEquals(4 * 200_000L, py.call("main", 200_000L));
        assertTrue(py.gilStats().handoffs() > 0, "the threads did take turns: " + py.gilStats());
    }

    @Test
    void before310ASwitchBetweenLoadAndStoreLosesUpdates() {
        Interpreter py = interpreter(Profile.PY39);
        py.exec(PROGRAM);
        long counter = (Long) py.call("main", 200_000L);
        long handoffs = py.gilStats().handoffs();
        assumeTrue(handoffs >= 200, "too few hand-offs to expect a loss on this machine: " + handoffs);
        assertTrue(counter < 4 * 200_000L, "no update lost in " + handoffs + " hand-offs");
    }
}
