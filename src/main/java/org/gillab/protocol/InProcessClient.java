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
import org.gillab.display.JsonText;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A front end in the kernel's own process, as Jupyter starts and talks to a kernel: a connection file
 * of free ports, the kernel serving it on another thread, and requests sent on the shell or control
 * channel whose replies it waits for. IOPub is not read. For scripted sessions, such as install's
 * training run.
 */
public final class InProcessClient implements AutoCloseable {
    private static final int RECEIVE_MILLIS = 100;

    private final MessageFactory messages = new MessageFactory();
    private final Path connectionFile;
    private final CompletableFuture<Integer> kernel;
    private final ZContext context = new ZContext();
    private final Channel shell;
    private final Channel control;
    private final long deadline;

    private InProcessClient(Path connectionFile, long timeoutMillis) throws IOException {
        this.connectionFile = connectionFile;
        this.deadline = System.currentTimeMillis() + timeoutMillis;
        ConnectionInfo connection = ConnectionInfo.read(connectionFile);
        WireCodec codec = new WireCodec(MessageSigner.of(connection.signatureScheme(), connection.key()));
        this.kernel = CompletableFuture.supplyAsync(() -> KernelServer.run(connectionFile));
        this.shell = connect(connection, connection.shellPort(), "shell", codec);
        this.control = connect(connection, connection.controlPort(), "control", codec);
    }

    /**
     * Starts a kernel in this process and connects to it.
     *
     * @param timeoutMillis how long the whole session may take; a reply that has not come by then is an error
     */
    public static InProcessClient start(long timeoutMillis) throws IOException {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("transport", "tcp");
        file.put("ip", "127.0.0.1");
        for (String port : List.of("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")) {
            file.put(port, freePort());
        }
        file.put("key", UUID.randomUUID().toString());
        file.put("signature_scheme", "hmac-sha256");
        Path path = Files.createTempFile("gil-lab-client-", ".json");
        Files.write(path, JsonText.utf8(file));
        return new InProcessClient(path, timeoutMillis);
    }

    /** A port nothing listens on now (the kernel binds it a moment later, as with Jupyter's own choice). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private Channel connect(ConnectionInfo connection, int port, String name, WireCodec codec) {
        ZMQ.Socket socket = context.createSocket(SocketType.DEALER);
        socket.connect(connection.endpoint(port));
        return new Channel(name, socket, codec);
    }

    /**
     * Sends a request on the shell channel and waits for its reply.
     *
     * @return the reply's content
     * @throws IllegalStateException when no reply comes in time or the kernel sends an invalid message
     */
    public Map<String, Object> shell(String type, Map<String, Object> content) {
        return request(shell, type, content);
    }

    /** Asks the kernel to shut down and waits for it to end; returns its exit status. */
    public int shutdown() {
        request(control, "shutdown_request", Map.of("restart", false));
        return kernel.join();
    }

    private Map<String, Object> request(Channel channel, String type, Map<String, Object> content) {
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
                return reply.content();
            }
        }
        throw new IllegalStateException("no reply to " + type + " in time");
    }

    /** Closes the sockets and deletes the connection file. */
    @Override
    public void close() throws IOException {
        context.close();
        Files.deleteIfExists(connectionFile);
    }
}
