package org.gillab.protocol;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.gillab.evaluator.Evaluator;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;
import zmq.ZError;

/**
 * The Jupyter kernel process: binds the five sockets of the connection file and serves them, each on its
 * own thread, so that control (interrupt, shutdown) and heartbeat are answered while a cell runs on the
 * shell thread.
 */
public final class KernelServer {
    private static final int POLL_MILLIS = 100;
    private static final int LINGER_MILLIS = 1000;

    private final ConnectionInfo connection;
    private Evaluator evaluator;
    private final ZContext context = new ZContext();
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private KernelServer(ConnectionInfo connection) {
        this.connection = connection;
    }

    /**
     * Runs a kernel for the connection file until a shutdown_request, or until the front end that started
     * it has ended ({@link ParentWatch}).
     *
     * @return the process exit status: 0 after a shutdown, non-zero when the kernel could not start
     */
    public static int run(Path connectionFile) {
        ConnectionInfo connection;
        try {
            connection = ConnectionInfo.read(connectionFile);
        } catch (IOException | IllegalArgumentException e) {
            KernelLog.warn(e.getMessage());
            return 1;
        }
        KernelServer server = new KernelServer(connection);
        try {
            return server.serve();
        } catch (IllegalArgumentException e) {
            KernelLog.warn(e.getMessage());
            return 1;
        } finally {
            server.close();
        }
    }

    private int serve() {
        context.setLinger(LINGER_MILLIS);  // lets the last replies (shutdown_reply) leave before exit
        ZMQ.Socket shellSocket;
        ZMQ.Socket controlSocket;
        ZMQ.Socket iopubSocket;
        ZMQ.Socket stdinSocket;
        ZMQ.Socket heartbeat;
        try {
            shellSocket = bind(SocketType.ROUTER, connection.shellPort(), "shell");
            controlSocket = bind(SocketType.ROUTER, connection.controlPort(), "control");
            iopubSocket = bind(SocketType.PUB, connection.iopubPort(), "iopub");
            stdinSocket = bind(SocketType.ROUTER, connection.stdinPort(), "stdin");
            heartbeat = bind(SocketType.REP, connection.hbPort(), "heartbeat");
        } catch (BindException e) {
            KernelLog.warn(e.getMessage());
            return 1;
        }
        // Bound first, the rest after: a front end that tried to connect before the sockets existed retries
        // every 100 ms (ZeroMQ's reconnect interval), and the codec's set-up (HMAC, Jackson) fills that wait.
        MessageFactory messages = new MessageFactory();
        WireCodec codec = new WireCodec(MessageSigner.of(connection.signatureScheme(), connection.key()));
        Channel shell = new Channel("shell", shellSocket, codec);
        Channel control = new Channel("control", controlSocket, codec);
        Channel iopub = new Channel("iopub", iopubSocket, codec);
        Channel stdin = new Channel("stdin", stdinSocket, codec);
        // JShell warms up in the background from here: after binding, so heartbeat and kernel_info come first
        evaluator = new Evaluator();
        RequestHandlers handlers = new RequestHandlers(evaluator, iopub, new StdinChannel(stdin, messages), messages, shutdown::countDown);
        InterruptSignal.install(evaluator::interrupt);
        start("gil-lab-heartbeat", () -> echo(heartbeat));
        start("gil-lab-control", () -> serve(control, handlers, false));
        start("gil-lab-shell", () -> serve(shell, handlers, true));
        handlers.starting();
        ParentWatch.start(shutdown::countDown);
        awaitShutdown();
        return 0;
    }

    private ZMQ.Socket bind(SocketType type, int port, String name) throws BindException {
        ZMQ.Socket socket = context.createSocket(type);
        String endpoint = connection.endpoint(port);
        try {
            socket.bind(endpoint);
        } catch (ZMQException e) {
            String reason = e.getErrorCode() == ZError.EADDRINUSE
                    ? "the port is in use (another kernel? start this one with a fresh connection file)"
                    : e.getMessage() + " (is " + connection.ip() + " an address of this machine?)";
            throw new BindException("cannot bind the " + name + " socket to " + endpoint + ": " + reason);
        }
        return socket;
    }

    private static final class BindException extends Exception {
        BindException(String message) {
            super(message);
        }
    }

    private void start(String name, Runnable loop) {
        // no inherited cell context: these threads belong to the kernel, not to a cell
        Thread thread = new Thread(null, loop, name, 0, false);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Serves one request channel; the shell also aborts what was queued behind a failed cell. */
    private void serve(Channel channel, RequestHandlers handlers, boolean abortAfterError) {
        while (running) {
            Message request = receive(channel, handlers, POLL_MILLIS);
            if (request != null && running) {
                handlers.handle(channel, request, abortAfterError ? () -> abortQueuedExecutions(channel, handlers) : () -> { });
            }
        }
    }

    private static void abortQueuedExecutions(Channel channel, RequestHandlers handlers) {
        for (Message queued = receive(channel, handlers, 0); queued != null; queued = receive(channel, handlers, 0)) {
            if (queued.type().equals("execute_request")) {
                handlers.abort(channel, queued);
            } else {
                handlers.handle(channel, queued, () -> { });
            }
        }
    }

    /** The next valid message; an invalid one is logged (and answered with an error when it can be). */
    private static Message receive(Channel channel, RequestHandlers handlers, int timeoutMillis) {
        try {
            return channel.receive(timeoutMillis);
        } catch (InvalidMessageException e) {
            KernelLog.dropped(channel.name(), e);
            if (e.readable() != null) {
                handlers.rejectMalformed(channel, e.readable(), e.getMessage());
            }
            return null;
        }
    }

    /** Heartbeat: send every ping straight back. */
    private void echo(ZMQ.Socket heartbeat) {
        heartbeat.setReceiveTimeOut(POLL_MILLIS);
        while (running) {
            byte[] ping = heartbeat.recv(0);
            if (ping != null) {
                heartbeat.send(ping);
            }
        }
    }

    private void awaitShutdown() {
        try {
            shutdown.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the loops, then the JShell, then the sockets. */
    private void close() {
        running = false;
        if (evaluator != null) {
            evaluator.interrupt();
        }
        for (Thread thread : threads) {
            try {
                thread.join(2 * POLL_MILLIS + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (evaluator != null) {
            evaluator.close();
        }
        context.close();
    }
}
