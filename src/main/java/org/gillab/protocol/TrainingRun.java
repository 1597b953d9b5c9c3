package org.gillab.protocol;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A kernel start as a front end makes it, scripted and in one process: a connection file, the kernel
 * serving it, and a client that asks for kernel_info, runs a few cells, completes, then shuts the kernel
 * down. {@code gil-lab install} runs it under the JVM's class-data archiving (CDS, or the AOT cache on
 * Java 25), so the archive holds the classes a real start loads: those of the protocol, JShell's and
 * javac's, and the renderers'.
 */
public final class TrainingRun {
    /** The cells: a result, output, a display, and the renderers' warm-up (charts, tables) done in the cell. */
    static final List<String> CELLS = List.of(
            "1 + 1",
            "System.out.println(\"training run\");",
            "display(html(\"<b>training run</b>\"));",
            "Renderers.warmUp();");
    private static final long TIMEOUT_MILLIS = 180_000;
    private static final int RECEIVE_MILLIS = 100;

    private final MessageFactory messages = new MessageFactory();
    private final Path connectionFile;
    private final ConnectionInfo connection;
    private final WireCodec codec;

    private TrainingRun(Path connectionFile, ConnectionInfo connection) {
        this.connectionFile = connectionFile;
        this.connection = connection;
        this.codec = new WireCodec(MessageSigner.of(connection.signatureScheme(), connection.key()));
    }

    /**
     * Runs the scripted session.
     *
     * @return 0 when every request was answered as expected, else 1 (the reason is on stderr)
     */
    public static int run() {
        TrainingRun training;
        try {
            training = create();
        } catch (IOException e) {
            KernelLog.warn("training run: cannot write a connection file: " + e);
            return 1;
        }
        try {
            return training.serveAndTalk();
        } finally {
            try {
                Files.deleteIfExists(training.connectionFile);
            } catch (IOException e) {
                KernelLog.warn("training run: cannot delete " + training.connectionFile + ": " + e);
            }
        }
    }

    private static TrainingRun create() throws IOException {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("transport", "tcp");
        file.put("ip", "127.0.0.1");
        for (String port : List.of("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")) {
            file.put(port, freePort());
        }
        file.put("key", UUID.randomUUID().toString());
        file.put("signature_scheme", "hmac-sha256");
        Path path = Files.createTempFile("gil-lab-training-", ".json");
        Files.write(path, MessageJson.write(file));
        return new TrainingRun(path, ConnectionInfo.read(path));
    }

    /** A port nothing listens on now (the kernel binds it a moment later, as with Jupyter's own choice). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private int serveAndTalk() {
        CompletableFuture<Integer> kernel = CompletableFuture.supplyAsync(() -> KernelServer.run(connectionFile));
        try (ZContext context = new ZContext()) {
            Channel shell = connect(context, connection.shellPort(), "shell");
            Channel control = connect(context, connection.controlPort(), "control");
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            request(shell, "kernel_info_request", Map.of(), deadline);
            for (String cell : CELLS) {
                Message reply = request(shell, "execute_request", Map.of("code", cell, "silent", false), deadline);
                if (!"ok".equals(reply.content().get("status"))) {
                    throw new IllegalStateException("the cell " + cell + " failed: " + reply.content());
                }
            }
            request(shell, "complete_request", Map.of("code", "Math.ma", "cursor_pos", 7), deadline);
            request(shell, "is_complete_request", Map.of("code", "if (true) {"), deadline);
            request(control, "shutdown_request", Map.of("restart", false), deadline);
            return kernel.join();
        } catch (IllegalStateException e) {
            KernelLog.warn("training run: " + e.getMessage());
            return 1;
        }
    }

    private Channel connect(ZContext context, int port, String name) {
        ZMQ.Socket socket = context.createSocket(SocketType.DEALER);
        socket.connect(connection.endpoint(port));
        return new Channel(name, socket, codec);
    }

    /** Sends a request and waits for its reply, as a front end does. */
    private Message request(Channel channel, String type, Map<String, Object> content, long deadline) {
        Message request = messages.clientRequest(type, content);
        channel.send(request);
        while (System.currentTimeMillis() < deadline) {
            Message reply;
            try {
                reply = channel.receive(RECEIVE_MILLIS);
            } catch (InvalidMessageException e) {
                throw new IllegalStateException("the kernel sent an invalid message: " + e.getMessage(), e);
            }
            if (reply != null && request.header().get("msg_id").equals(reply.parentHeader().get("msg_id"))) {
                return reply;
            }
        }
        throw new IllegalStateException("no reply to " + type + " within " + TIMEOUT_MILLIS / 1000 + " s");
    }
}
