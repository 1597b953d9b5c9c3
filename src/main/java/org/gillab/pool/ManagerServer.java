package org.gillab.pool;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The meeting point of a BaseManager's proxies and its server (CPython's Server.serve_client, without
 * the sockets): a proxy's call, made by the parent's threads directly and by the children as a
 * request over their pipes, waits here for its answer; the server's threads, Python threads that
 * managers.py runs in the parent (the referents are Python objects there), take the calls one at a
 * time and answer them. CPython serves each connection on a thread of its own, so a referent's
 * methods may run at once for several processes; here a server thread that takes a call while no
 * other waits for one has managers.py start another, so no call waits for another to end either.
 * Values arrive and leave as pickle sends them ({@link PoolValues}), so every call copies both ways.
 */
final class ManagerServer implements SharedObject {
    /** What a call gets once the manager has shut down (managers.py raises BrokenPipeError, as CPython's proxy does). */
    private static final List<Object> CLOSED = Arrays.asList("#CLOSED", null);

    private record Call(long id, List<Object> request, CompletableFuture<Object> answer) {}

    private final ArrayDeque<Call> queued = new ArrayDeque<>();
    private final Map<Long, Call> running = new HashMap<>();
    private long lastCall;
    /** Server threads started and not ended: managers.py starts the first with the server. */
    private int threads = 1;
    /** Of them, those running a call. */
    private int busy;
    private boolean closed;

    @Override
    public Object call(String op, List<Object> args) throws InterruptedException {
        return switch (op) {
            case "call" -> submit(args);
            case "serve" -> serve(args);
            case "arguments" -> arguments(((Number) args.get(0)).longValue());
            case "close" -> close(SharedObject.timeoutNanos(args.get(0)));
            default -> throw SharedObject.unknown("manager", op);
        };
    }

    /**
     * call(ident, methodname, args, kwds): a proxy's request, ident None for the server's own methods
     * (create); waits for [kind, result] as serve_client sends it ('#RETURN', '#ERROR'...).
     */
    private Object submit(List<Object> request) throws InterruptedException {
        Call call;
        synchronized (this) {
            if (closed) {
                return CLOSED;
            }
            call = new Call(++lastCall, request, new CompletableFuture<>());
            queued.add(call);
            notifyAll();
        }
        try {
            return call.answer().get();
        } catch (InterruptedException e) {
            synchronized (this) {
                queued.remove(call); // one a server thread took runs on: its answer finds nobody
            }
            throw e;
        } catch (ExecutionException never) { // answers are only ever completed normally
            throw new IllegalStateException(never);
        }
    }

    /**
     * serve() or serve(callId, kind, result): a server thread's answer to the call it ran, if any, and
     * the next call it is to run: [callId, startAnother, ident, methodname]; None once the manager has
     * shut down, and the thread ends. The call's arguments come apart ({@link #arguments}), so that
     * one that fails to unpickle in the server fails that call only.
     */
    private synchronized Object serve(List<Object> answer) throws InterruptedException {
        if (!answer.isEmpty()) {
            Call done = running.remove(((Number) answer.get(0)).longValue());
            busy--;
            if (done != null) {
                done.answer().complete(Arrays.asList(answer.get(1), answer.get(2)));
            }
        }
        try {
            while (queued.isEmpty() && !closed) {
                wait();
            }
        } catch (InterruptedException e) { // the interpreter is stopping its threads
            threadEnded();
            throw e;
        }
        if (closed) {
            threadEnded();
            return null;
        }
        Call call = queued.remove();
        running.put(call.id(), call);
        boolean startAnother = ++busy == threads;
        if (startAnother) {
            threads++;
        }
        return Arrays.asList(call.id(), startAnother, call.request().get(0), call.request().get(1));
    }

    /** arguments(callId): [args, kwds] of a call a server thread took. */
    private synchronized Object arguments(long callId) {
        List<Object> request = running.get(callId).request();
        return request.subList(2, 4);
    }

    private void threadEnded() {
        threads--;
        notifyAll();
    }

    /**
     * close(timeout): the manager's shutdown. Calls still queued, and new ones, get CLOSED; the server
     * threads end as they next ask for a call, waited for up to timeout (shutdown_timeout, after which
     * CPython terminates its server), and calls still running then get CLOSED too.
     */
    private synchronized Object close(long timeout) throws InterruptedException {
        closed = true;
        queued.forEach(call -> call.answer().complete(CLOSED));
        queued.clear();
        notifyAll();
        SharedObject.awaitUntil(this, () -> threads == 0, true, timeout);
        running.values().forEach(call -> call.answer().complete(CLOSED));
        return null;
    }
}
