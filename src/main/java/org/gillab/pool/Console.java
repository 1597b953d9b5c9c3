package org.gillab.pool;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Where the workers' prints go: the parent's System.out and System.err for the Java API, the
 * interpreter's sys.stdout and sys.stderr for the model's multiprocessing. Looked up at each write,
 * since both can be replaced while a pool lives.
 */
record Console(Supplier<PrintStream> out, Supplier<PrintStream> err) {
    static final Console SYSTEM = new Console(() -> System.out, () -> System.err);

    /** Writes what a worker wrote on its stream 1 (stdout) or 2 (stderr). */
    void write(int stream, byte[] bytes) {
        PrintStream target = (stream == 2 ? err : out).get();
        target.write(bytes, 0, bytes.length);
        target.flush();
    }
}
