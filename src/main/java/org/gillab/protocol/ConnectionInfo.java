package org.gillab.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The connection file a front end starts the kernel with: where to bind, and how to sign messages. */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme) {

    /**
     * Reads a connection file.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when it is not a valid connection file (the message says what is wrong)
     */
    public static ConnectionInfo read(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read the connection file " + file.toAbsolutePath()
                    + (Files.exists(file) ? " (permission denied)" : " (no such file)"));
        }
        String text = Files.readString(file);
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the connection file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the connection file " + file + " must hold a JSON object");
        }
        String transport = text(json, "transport", "tcp");
        if (!transport.equals("tcp")) {
            throw new IllegalArgumentException("transport \"" + transport + "\" is not supported (JeroMQ speaks tcp): use \"tcp\"");
        }
        return new ConnectionInfo(transport, text(json, "ip", "127.0.0.1"),
                port(json, "shell_port"), port(json, "iopub_port"), port(json, "stdin_port"),
                port(json, "control_port"), port(json, "hb_port"),
                text(json, "key", ""), text(json, "signature_scheme", "hmac-sha256"));
    }

    /** The ZeroMQ endpoint for one of the ports, e.g. tcp://127.0.0.1:5555. */
    public String endpoint(int port) {
        return transport + "://" + ip + ":" + port;
    }

    private static String text(JsonNode json, String field, String fallback) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static int port(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > 65535) {
            throw new IllegalArgumentException("the connection file needs \"" + field + "\": a port number from 1 to 65535, got " + value);
        }
        return value.asInt();
    }
}
