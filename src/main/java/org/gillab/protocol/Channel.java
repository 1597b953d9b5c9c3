package org.gillab.protocol;

import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * One bound ZeroMQ socket of the kernel, with the codec. ZeroMQ sockets are not thread-safe, and IOPub
 * (for one) is written by the shell thread, the control thread, the output flusher and a cell's own
 * threads, so every send and receive holds the channel's lock.
 */
final class Channel {
    private final String name;
    private final ZMQ.Socket socket;
    private final WireCodec codec;

    Channel(String name, ZMQ.Socket socket, WireCodec codec) {
        this.name = name;
        this.socket = socket;
        this.codec = codec;
    }

    String name() {
        return name;
    }

    synchronized void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        for (int i = 0; i < frames.size() - 1; i++) {
            socket.sendMore(frames.get(i));
        }
        socket.send(frames.get(frames.size() - 1));
    }

    /**
     * The next message, or null when none came within {@code timeoutMillis} (0: only one already queued).
     *
     * @throws InvalidMessageException for a message that must be dropped
     */
    synchronized Message receive(int timeoutMillis) throws InvalidMessageException {
        List<byte[]> frames = receiveFrames(timeoutMillis);
        return frames == null ? null : codec.decode(frames);
    }

    private List<byte[]> receiveFrames(int timeoutMillis) {
        socket.setReceiveTimeOut(timeoutMillis);
        byte[] first = timeoutMillis == 0 ? socket.recv(ZMQ.DONTWAIT) : socket.recv(0);
        if (first == null) {
            return null;
        }
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        return frames;
    }
}
