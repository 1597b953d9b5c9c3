package org.gillab.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
        Map<String, String> fields;
        try {
            fields = topLevelValues(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the connection file " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (fields == null) {
            throw new IllegalArgumentException("the connection file " + file + " must hold a JSON object");
        }
        String transport = fields.getOrDefault("transport", "tcp");
        if (!transport.equals("tcp")) {
            throw new IllegalArgumentException("transport \"" + transport + "\" is not supported (JeroMQ speaks tcp): use \"tcp\"");
        }
        return new ConnectionInfo(transport, fields.getOrDefault("ip", "127.0.0.1"),
                port(fields, "shell_port"), port(fields, "iopub_port"), port(fields, "stdin_port"),
                port(fields, "control_port"), port(fields, "hb_port"),
                fields.getOrDefault("key", ""), fields.getOrDefault("signature_scheme", "hmac-sha256"));
    }

    /**
     * The text of each scalar member of a JSON object (null ones left out), or null when the text is not
     * an object. Read with Jackson's streaming parser rather than an ObjectMapper: the kernel binds its
     * sockets right after, and a first ObjectMapper costs about 100 ms (its date format sets up the
     * locale data) that can then overlap with the front end's reconnection.
     */
    private static Map<String, String> topLevelValues(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, String> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    fields.put(name, parser.getText());
                }
                parser.skipChildren();
            }
            return fields;
        }
    }

    /** The ZeroMQ endpoint for one of the ports, e.g. tcp://127.0.0.1:5555. */
    public String endpoint(int port) {
        return transport + "://" + ip + ":" + port;
    }

    private static int port(Map<String, String> fields, String field) {
        String value = fields.get(field);
        int port = value != null && value.matches("\\d{1,5}") ? Integer.parseInt(value) : 0;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the connection file needs \"" + field + "\": a port number from 1 to 65535, got " + value);
        }
        return port;
    }
}
