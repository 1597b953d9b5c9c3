package org.gillab.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gillab.display.JsonText;

/**
 * Messages to and from ZeroMQ frames: {@code identities..., <IDS|MSG>, signature, header,
 * parent_header, metadata, content, buffers...}. Decoding checks the signature before it parses anything.
 */
final class WireCodec {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private final MessageSigner signer;

    WireCodec(MessageSigner signer) {
        this.signer = signer;
    }

    List<byte[]> encode(Message message) {
        byte[][] parts = {JsonText.utf8(message.header()), JsonText.utf8(message.parentHeader()),
                JsonText.utf8(message.metadata()), JsonText.utf8(message.content())};
        List<byte[]> frames = new ArrayList<>(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(Arrays.asList(parts));
        frames.addAll(message.buffers());
        return frames;
    }

    Message decode(List<byte[]> frames) throws InvalidMessageException {
        int delimiter = indexOfDelimiter(frames);
        if (delimiter < 0) {
            throw new InvalidMessageException("no <IDS|MSG> delimiter in " + frames.size() + " frames");
        }
        if (frames.size() < delimiter + 6) {
            throw new InvalidMessageException("a message needs signature, header, parent_header, metadata and content after <IDS|MSG>");
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        byte[][] parts = frames.subList(delimiter + 2, delimiter + 6).toArray(new byte[0][]);
        if (!signer.verify(signature, parts)) {
            throw new InvalidMessageException(signature.isEmpty() ? "missing signature" : "wrong signature");
        }
        List<byte[]> identities = List.copyOf(frames.subList(0, delimiter));
        Map<String, Object> header = fromJson(parts[0], "header", null);
        Message readable = new Message(identities, header, Map.of(), Map.of(), Map.of(), List.of());
        return new Message(identities, header, fromJson(parts[1], "parent_header", readable),
                fromJson(parts[2], "metadata", readable), fromJson(parts[3], "content", readable),
                List.copyOf(frames.subList(delimiter + 6, frames.size())));
    }

    private static int indexOfDelimiter(List<byte[]> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> fromJson(byte[] bytes, String part, Message readable) throws InvalidMessageException {
        Map<String, Object> value;
        try {
            value = MessageJson.readObject(bytes);
        } catch (IOException e) {
            throw new InvalidMessageException(part + " is not a JSON object: " + e.getMessage().lines().findFirst().orElse(""), e, readable);
        }
        if (value == null) {
            throw new InvalidMessageException(part + " must be a JSON object, got null", null, readable);
        }
        return value;
    }
}
