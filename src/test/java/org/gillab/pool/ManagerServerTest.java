package org.gillab.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gillab.model.Tuple;
import org.junit.jupiter.api.Test;

/** A manager's calls meet its server threads: answers reach their callers, threads are added and ended as they should. */
class ManagerServerTest {
    private static final long NO_WAIT = 0;

    private static CompletableFuture<Object> callAsync(ManagerServer server, String ident, String method) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return server.call("call", Arrays.asList(ident, method, Tuple.of(1L), Map.of("k", 2L)));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<?> serve(ManagerServer server, Object... answer) throws InterruptedException {
        return (List<?>) server.call("serve", Arrays.asList(answer));
    }

    @Test
    void aCallWaitsForTheServerThreadsAnswer() throws Exception {
        ManagerServer server = new ManagerServer();
        CompletableFuture<Object> caller = callAsync(server, "7f", "inc");
        List<?> call = serve(server);
        // the one server thread is busy now: managers.py is told to start another
        assertEquals(Arrays.asList(call.get(0), true, "7f", "inc"), call);
        assertEquals(List.of(Tuple.of(1L), Map.of("k", 2L)), server.call("arguments", List.of(call.get(0))));

        CompletableFuture<Object> second = callAsync(server, "7f", "value");
        List<?> next = serve(server, call.get(0), "#RETURN", 5L);
        assertEquals(Arrays.asList("#RETURN", 5L), caller.get(10, TimeUnit.SECONDS));
        assertEquals(false, next.get(1), "two threads, one busy: no third");
        assertEquals("value", next.get(3));

        CompletableFuture<Object> closing = CompletableFuture.supplyAsync(() -> {
            try {
                return server.call("close", List.of(60.0));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertNull(serve(server, next.get(0), "#ERROR", "boom"), "a thread asking for a call after close ends");
        assertEquals(Arrays.asList("#ERROR", "boom"), second.get(10, TimeUnit.SECONDS));
        assertNull(serve(server), "the thread started for the first call ends too");
        closing.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCallStillRunningWhenTheWaitEndsAndEveryLaterCallAreAnsweredClosed() throws Exception {
        ManagerServer server = new ManagerServer();
        CompletableFuture<Object> running = callAsync(server, "1", "block");
        List<?> call = serve(server);
        server.call("close", Arrays.asList(NO_WAIT));
        assertEquals(Arrays.asList("#CLOSED", null), running.get(10, TimeUnit.SECONDS));
        assertEquals(Arrays.asList("#CLOSED", null), callAsync(server, "1", "m").get(10, TimeUnit.SECONDS));
        assertNull(serve(server, call.get(0), "#RETURN", 1L), "the late answer finds nobody; the thread ends");
    }
}
