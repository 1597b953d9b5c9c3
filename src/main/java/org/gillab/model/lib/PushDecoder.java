package org.gillab.model.lib;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A decompressor fed a piece of input at a time, as CPython's BZ2Decompressor and LZMADecompressor are
 * (Modules/_bz2module.c, _lzmamodule.c: decompress(data, max_length), eof, unused_data, needs_input), made
 * from a Java decoder that pulls its input from an InputStream (commons-compress, XZ for Java). Written for
 * the model, not copied. The decoder runs on a daemon thread of its own, reading an input stream that
 * {@link #decompress} fills: a call hands over its input and waits until the decoder has used all of it,
 * has made the output asked for, or has reached the end of the stream. Output the caller did not ask for
 * waits here for the next call, as CPython keeps the input it did not decode.
 *
 * The decoders read no further than the bytes they need, so at the end of the stream the bytes they did
 * not read are exactly the unused data. Unlike liblzma and libbzip2, a decoder
 * hands out nothing of a read it has not finished: output can come one call later than in CPython (all
 * of it by the end of the stream).
 */
final class PushDecoder {
    /** Opens the decoder over its compressed input (reading a header may already fail). */
    interface Opener {
        InputStream open(InputStream compressed) throws IOException;
    }

    /** What a failed decoder threw: the module turns it into its own exception. */
    static final class Failure extends RuntimeException {
        final Exception cause;

        Failure(Exception cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    /** Thrown in the decoder thread when its decompressor is freed: the thread ends. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    private static final byte[] EMPTY = new byte[0];
    private static final int CHUNK = 8192;

    private final Opener opener;
    private Thread thread;
    // All below guarded by this.
    private byte[] input = EMPTY;
    private int inputAt;
    private byte[] output = new byte[CHUNK];
    private int outputLength;
    /** The decoder pauses once the output holds this many bytes. */
    private long wanted;
    private boolean waitingForInput;
    private boolean finished;
    private Exception failure;
    private boolean closed;

    PushDecoder(Opener opener) {
        this.opener = opener;
    }

    /** The end of the stream was reached and all its output handed out. */
    synchronized boolean eof() {
        return finished && outputLength == 0;
    }

    /** CPython's needs_input: all input used, no output held back. */
    synchronized boolean needsInput() {
        return !finished && outputLength == 0 && waitingForInput && inputAt == input.length;
    }

    /** The input after the end of the stream (b"" before the end). */
    synchronized byte[] unusedData() {
        return finished ? Arrays.copyOfRange(input, inputAt, input.length) : EMPTY;
    }

    /** Hands {@code data} to the decoder and returns up to {@code max} bytes of output (max < 0: all there is). */
    synchronized byte[] decompress(byte[] data, long max) {
        byte[] rest = Arrays.copyOfRange(input, inputAt, input.length + data.length);
        System.arraycopy(data, 0, rest, input.length - inputAt, data.length);
        input = rest;
        inputAt = 0;
        if (!finished) {
            waitingForInput = false;
            wanted = max < 0 ? Long.MAX_VALUE : outputLength + max;
            if (thread == null) {
                thread = new Thread(this::run, "decompressor-" + Integer.toHexString(System.identityHashCode(this)));
                thread.setDaemon(true);
                thread.start();
            }
            notifyAll();
            while (!finished && failure == null && outputLength < wanted && !(waitingForInput && inputAt == input.length)) {
                waitUninterruptibly();
            }
        }
        if (failure != null) {
            throw new Failure(failure);
        }
        int n = (int) Math.min(outputLength, max < 0 ? Integer.MAX_VALUE : max);
        byte[] out = Arrays.copyOf(output, n);
        System.arraycopy(output, n, output, 0, outputLength - n);
        outputLength -= n;
        return out;
    }

    /** Ends the decoder thread (the decompressor was freed). */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void run() {
        try (InputStream decoded = opener.open(new Input())) {
            byte[] buffer = new byte[CHUNK];
            while (true) {
                int room;
                synchronized (this) {
                    while (outputLength >= wanted) {
                        checkedWait();
                    }
                    room = (int) Math.min(buffer.length, wanted - outputLength);
                }
                int n = decoded.read(buffer, 0, room);
                synchronized (this) {
                    if (n < 0) {
                        finished = true;
                        notifyAll();
                        return;
                    }
                    append(buffer, n);
                    notifyAll();
                }
            }
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                if (!(e instanceof Closed)) {
                    failure = e;
                }
                notifyAll();
            }
        }
    }

    private void append(byte[] buffer, int n) {
        if (outputLength + n > output.length) {
            output = Arrays.copyOf(output, Math.max(output.length * 2, outputLength + n));
        }
        System.arraycopy(buffer, 0, output, outputLength, n);
        outputLength += n;
    }

    /** In the decoder thread: waits for a call, or ends the thread when the decompressor is freed. */
    private void checkedWait() {
        if (closed) {
            throw new Closed();
        }
        waitUninterruptibly();
        if (closed) {
            throw new Closed();
        }
    }

    private void waitUninterruptibly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("decompressor interrupted", e);
        }
    }

    /** The decoder's input: what the calls handed over, waiting (never at an end) when it is all read. */
    private final class Input extends InputStream {
        @Override
        public int read() {
            byte[] one = new byte[1];
            read(one, 0, 1);
            return one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            synchronized (PushDecoder.this) {
                while (inputAt == input.length) {
                    waitingForInput = true;
                    PushDecoder.this.notifyAll();
                    checkedWait();
                }
                int n = Math.min(len, input.length - inputAt);
                System.arraycopy(input, inputAt, b, off, n);
                inputAt += n;
                return n;
            }
        }
    }
}
