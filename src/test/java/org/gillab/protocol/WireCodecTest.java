package org.gillab.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private final WireCodec codec = new WireCodec(MessageSigner.of("hmac-sha256", "secret"));
    private final MessageFactory messages = new MessageFactory();

    private Message request() {
        Message fromClient = new Message(List.of("client-1".getBytes(StandardCharsets.UTF_8)),
                Map.of("msg_id", "m1", "msg_type", "execute_request", "session", "s", "username", "u", "version", "5.3", "date", "2024-01-01T00:00:00Z"),
                Map.of(), Map.of(), Map.of("code", "1 + 1", "silent", false), List.of());
        return fromClient;
    }

    @Test
    void roundTripsIdentitiesPartsAndBuffers() throws InvalidMessageException {
        Message original = new Message(request().identities(), request().header(), Map.of("msg_id", "parent"),
                Map.of("tag", 1), request().content(), List.of(new byte[] {1, 2, 3}));
        Message decoded = codec.decode(codec.encode(original));
        assertArrayEquals(original.identities().get(0), decoded.identities().get(0));
        assertEquals(original.header(), decoded.header());
        assertEquals(original.parentHeader(), decoded.parentHeader());
        assertEquals(original.metadata(), decoded.metadata());
        assertEquals(original.content(), decoded.content());
        assertArrayEquals(new byte[] {1, 2, 3}, decoded.buffers().get(0));
        assertEquals("execute_request", decoded.type());
    }

    @Test
    void aReplyGoesBackToTheRequesterWithItsHeaderAsParent() throws InvalidMessageException {
        Message reply = codec.decode(codec.encode(messages.reply(request(), "execute_reply", Map.of("status", "ok"))));
        assertArrayEquals(request().identities().get(0), reply.identities().get(0));
        assertEquals(request().header(), reply.parentHeader());
        assertEquals("execute_reply", reply.type());
        assertEquals("5.3", reply.header().get("version"));
    }

    @Test
    void dropsATamperedMessage() {
        List<byte[]> frames = new ArrayList<>(codec.encode(request()));
        int content = frames.size() - 1;
        frames.set(content, "{\"code\": \"System.exit(0)\"}".getBytes(StandardCharsets.UTF_8));
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> codec.decode(frames));
        assertTrue(e.getMessage().contains("wrong signature"));
    }

    @Test
    void dropsAnUnsignedMessage() {
        List<byte[]> frames = new ArrayList<>(codec.encode(request()));
        frames.set(2, new byte[0]);
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> codec.decode(frames));
        assertTrue(e.getMessage().contains("missing signature"));
    }

    @Test
    void reportsMalformedJsonAndFraming() {
        WireCodec unsigned = new WireCodec(MessageSigner.of("hmac-sha256", ""));
        List<byte[]> frames = new ArrayList<>(unsigned.encode(request()));
        frames.set(3, "{not json".getBytes(StandardCharsets.UTF_8));
        InvalidMessageException badHeader = assertThrows(InvalidMessageException.class, () -> unsigned.decode(frames));
        assertTrue(badHeader.getMessage().contains("header"));
        assertNull(badHeader.readable(), "nothing to answer without a header");
        List<byte[]> badContent = new ArrayList<>(unsigned.encode(request()));
        badContent.set(badContent.size() - 1, "{\"code\": ".getBytes(StandardCharsets.UTF_8));
        InvalidMessageException e = assertThrows(InvalidMessageException.class, () -> unsigned.decode(badContent));
        assertEquals("execute_request", e.readable().type(), "the header is there to answer with an error");
        assertThrows(InvalidMessageException.class, () -> unsigned.decode(List.of("no delimiter".getBytes(StandardCharsets.UTF_8))));
        assertThrows(InvalidMessageException.class, () -> unsigned.decode(List.of(WireCodec.DELIMITER, new byte[0])));
    }
}
