package org.gillab.protocol;

import java.io.InterruptedIOException;
import java.io.IOException;
import java.util.Map;

/** Asks the front end for input (input_request on the stdin socket) and waits for its input_reply. */
final class StdinChannel {
    private static final int POLL_MILLIS = 50;

    private final Channel channel;
    private final MessageFactory messages;

    StdinChannel(Channel channel, MessageFactory messages) {
        this.channel = channel;
        this.messages = messages;
    }

    /**
     * One line typed by the user of the front end that sent {@code request}.
     *
     * @throws InterruptedIOException when the cell is interrupted while waiting
     */
    synchronized String ask(Message request, String prompt, boolean password) throws IOException {
        channel.send(messages.request(request, "input_request", Map.of("prompt", prompt, "password", password)));
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedIOException("interrupted while waiting for input");
            }
            Message reply;
            try {
                reply = channel.receive(POLL_MILLIS);
            } catch (InvalidMessageException e) {
                KernelLog.dropped(channel.name(), e);
                continue;
            }
            if (reply != null && reply.type().equals("input_reply")) {
                return reply.get("value", "");
            }
            if (reply != null) {
                KernelLog.warn("ignoring a " + reply.type() + " on the stdin channel (waiting for input_reply)");
            }
        }
    }
}
