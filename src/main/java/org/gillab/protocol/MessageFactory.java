package org.gillab.protocol;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes the kernel's messages: fresh headers in the kernel's session, replies and broadcasts with their parent. */
final class MessageFactory {
    static final String PROTOCOL_VERSION = "5.3";

    private final String session = UUID.randomUUID().toString();

    /** A reply routed back to the requester. */
    Message reply(Message request, String type, Map<String, Object> content) {
        return new Message(request.identities(), header(type), request.header(), Map.of(), content, List.of());
    }

    /** An IOPub message; {@code parent} is the request it belongs to, or null for none. */
    Message broadcast(Message parent, String type, Map<String, Object> content) {
        byte[] topic = ("kernel." + session + "." + type).getBytes(StandardCharsets.UTF_8);
        return new Message(List.of(topic), header(type), parent == null ? Map.of() : parent.header(), Map.of(), content, List.of());
    }

    /** A request from the kernel to the front end (input_request), routed like a reply to {@code parent}. */
    Message request(Message parent, String type, Map<String, Object> content) {
        return reply(parent, type, content);
    }

    /** A request as a client sends it (from a DEALER socket, so with no identities), for the training run. */
    Message clientRequest(String type, Map<String, Object> content) {
        return new Message(List.of(), header(type), Map.of(), Map.of(), content, List.of());
    }

    private Map<String, Object> header(String type) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("msg_id", UUID.randomUUID().toString());
        header.put("session", session);
        header.put("username", "kernel");
        header.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header.put("msg_type", type);
        header.put("version", PROTOCOL_VERSION);
        return header;
    }
}
