package org.gillab.pool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.Interpreter;

/**
 * Length-prefixed frames of {@link Message}s over a pipe: the worker's stdin (parent to worker)
 * and stdout (worker to parent). A message is encoded whole before it is written, so a value that
 * cannot be sent fails in the sender and never leaves half a frame on the pipe.
 */
final class Channel {
    /** First bytes of every frame: noise on the pipe (a stray JVM message) is caught, not misread. */
    private static final int MAGIC = 0x47494C31; // "GIL1"
    private static final byte READY = 1, LOAD = 2, RUN = 3, OUTPUT = 4, DONE = 5, FAILED = 6, REQUEST = 7, REPLY = 8, RESET = 9;

    private final DataInputStream in;
    private final DataOutputStream out;

    Channel(InputStream in, OutputStream out) {
        this.in = new DataInputStream(new BufferedInputStream(in));
        this.out = new DataOutputStream(new BufferedOutputStream(out));
    }

    /** Encodes then writes one frame; safe to call from several threads. */
    void send(Message message) throws IOException {
        sendEncoded(encode(message));
    }

    /** Writes a frame made by {@link #encode}. */
    void sendEncoded(byte[] frame) throws IOException {
        synchronized (out) {
            out.writeInt(MAGIC);
            out.writeInt(frame.length);
            out.write(frame);
            out.flush();
        }
    }

    /** The next frame, or null at a clean end of stream (the other side closed the pipe). */
    Message receive() throws IOException {
        int magic;
        try {
            magic = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        if (magic != MAGIC) {
            throw new CorruptFrameException(String.format("corrupt frame: expected magic %08x, got %08x", MAGIC, magic));
        }
        byte[] frame = in.readNBytes(in.readInt());
        return decode(new DataInputStream(new ByteArrayInputStream(frame)));
    }

    void closeOutput() throws IOException {
        synchronized (out) {
            out.close();
        }
    }

    /** The pipe carries something that is not our frames: the other side cannot be trusted. */
    static final class CorruptFrameException extends IOException {
        CorruptFrameException(String message) {
            super(message);
        }
    }

    static byte[] encode(Message message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        if (message instanceof Message.Ready m) {
            data.writeByte(READY);
            data.writeLong(m.pid());
        } else if (message instanceof Message.LoadProgram m) {
            data.writeByte(LOAD);
            data.writeInt(m.programId());
            data.writeInt(m.parts().size());
            for (Interpreter.Source part : m.parts()) {
                ValueCodec.writeString(data, part.filename());
                ValueCodec.writeString(data, part.text());
            }
            ValueCodec.write(data, m.argv());
            ValueCodec.writeString(data, m.directory());
        } else if (message instanceof Message.Reset) {
            data.writeByte(RESET);
        } else if (message instanceof Message.RunTask m) {
            data.writeByte(RUN);
            data.writeLong(m.taskId());
            data.writeInt(m.programId());
            ValueCodec.writeString(data, m.function());
            ValueCodec.write(data, m.args());
        } else if (message instanceof Message.Output m) {
            data.writeByte(OUTPUT);
            data.writeByte(m.stream());
            ValueCodec.writeBytes(data, m.bytes());
        } else if (message instanceof Message.TaskDone m) {
            data.writeByte(DONE);
            data.writeLong(m.taskId());
            ValueCodec.write(data, m.value());
        } else if (message instanceof Message.TaskFailed m) {
            data.writeByte(FAILED);
            data.writeLong(m.taskId());
            ValueCodec.writeString(data, m.type());
            ValueCodec.writeString(data, m.message());
            ValueCodec.writeString(data, m.traceback());
            ValueCodec.write(data, m.exception());
        } else if (message instanceof Message.Request m) {
            data.writeByte(REQUEST);
            data.writeLong(m.requestId());
            data.writeLong(m.objectId());
            ValueCodec.writeString(data, m.op());
            ValueCodec.write(data, m.args());
        } else if (message instanceof Message.Reply m) {
            data.writeByte(REPLY);
            data.writeLong(m.requestId());
            ValueCodec.write(data, m.value());
            ValueCodec.write(data, m.errorType());
            ValueCodec.write(data, m.errorMessage());
        }
        data.flush();
        return bytes.toByteArray();
    }

    private static List<Interpreter.Source> readParts(DataInputStream data) throws IOException {
        List<Interpreter.Source> parts = new ArrayList<>();
        for (int n = data.readInt(); n > 0; n--) {
            parts.add(new Interpreter.Source(ValueCodec.readString(data), ValueCodec.readString(data)));
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    static Message decode(DataInputStream data) throws IOException {
        byte kind = data.readByte();
        return switch (kind) {
            case READY -> new Message.Ready(data.readLong());
            case LOAD -> new Message.LoadProgram(data.readInt(), readParts(data), (List<String>) ValueCodec.read(data),
                    ValueCodec.readString(data));
            case RESET -> new Message.Reset();
            case RUN -> new Message.RunTask(data.readLong(), data.readInt(), ValueCodec.readString(data),
                    (List<Object>) ValueCodec.read(data));
            case OUTPUT -> new Message.Output(data.readByte(), ValueCodec.readBytes(data));
            case DONE -> new Message.TaskDone(data.readLong(), ValueCodec.read(data));
            case FAILED -> new Message.TaskFailed(data.readLong(), ValueCodec.readString(data),
                    ValueCodec.readString(data), ValueCodec.readString(data), ValueCodec.read(data));
            case REQUEST -> new Message.Request(data.readLong(), data.readLong(), ValueCodec.readString(data),
                    (List<Object>) ValueCodec.read(data));
            case REPLY -> new Message.Reply(data.readLong(), ValueCodec.read(data), (String) ValueCodec.read(data),
                    (String) ValueCodec.read(data));
            default -> throw new CorruptFrameException("corrupt frame: unknown message kind " + kind);
        };
    }
}
