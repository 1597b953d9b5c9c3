package org.gillab.pool;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.gillab.model.Interpreter;
import org.gillab.model.WarmUp;
import org.gillab.model.vm.ProcessExit;

/**
 * Main class of a worker JVM. Reads tasks from stdin, runs them one at a time on its own model
 * interpreter, and answers on stdout; what the Python code prints goes back as output frames.
 *
 * <p>A reader thread takes frames off stdin so that, even in the middle of a task, the end of
 * stdin ends the worker at once: that is how a worker notices its parent died (the pipe closes
 * even under kill -9) or that its pool shut it down.
 */
public final class Worker {
    /** The last argument of a worker that loads its parent's program ahead ({@link WorkerProcess#startLoadingAhead}). */
    static final String LOADS_AHEAD = "load-ahead";

    private final Channel channel;
    private final MainModules modules;
    private final boolean warm;

    private Worker(Channel channel, MainModules modules, boolean warm) {
        this.channel = channel;
        this.modules = modules;
        this.warm = warm;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean loadsAhead = args.length > 0 && args[args.length - 1].equals(LOADS_AHEAD);
        WorkerOptions options = WorkerOptions.parse(loadsAhead ? Arrays.copyOf(args, args.length - 1) : args);
        Channel channel = new Channel(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
        ParentLink.connect(channel);
        System.setOut(outputTo(channel, 1));
        System.setErr(outputTo(channel, 2));
        BlockingQueue<Message> inbox = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readUntilEnd(channel, inbox), "gil-lab worker stdin");
        reader.setDaemon(true);
        reader.start();
        // Start-up (timed apart, as the seed leaves Pool() start-up out) includes reaching the model's steady
        // state: the first task must run as fast as the last, and as fast as the timed run of any other
        // process of the model (see WarmUp). Unless the parent runs without warm-up (gil-lab run --no-warm-up).
        if (options.warmUp()) {
            WarmUp.untilSteady(options::newInterpreter);
            ProcessMachinery.prepare(options); // after: see its comment
        }
        new Worker(channel, new MainModules(options), options.warmUp()).serve(inbox, loadsAhead);
    }

    /** Everything written to the stream becomes output frames; print() flushes per call. */
    private static PrintStream outputTo(Channel channel, int stream) {
        OutputStream frames = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                channel.send(new Message.Output(stream, Arrays.copyOfRange(bytes, offset, offset + length)));
            }
        };
        return new PrintStream(new BufferedOutputStream(frames, 8192), true, StandardCharsets.UTF_8);
    }

    private static void readUntilEnd(Channel channel, BlockingQueue<Message> inbox) {
        try {
            for (Message message; (message = channel.receive()) != null; ) {
                if (message instanceof Message.Reply reply) {
                    ParentLink.current().answered(reply); // the task is waiting for it: not in the inbox
                } else {
                    inbox.add(message);
                }
            }
        } catch (IOException | RuntimeException broken) {
            // a broken pipe means the parent is gone, like the end of the stream
        }
        // halt, not exit: a task's threads must not keep the worker alive without its parent
        Runtime.getRuntime().halt(0);
    }

    /** {@code loadsAhead}: the first message is the parent's program, loaded before the worker says it is ready. */
    private void serve(BlockingQueue<Message> inbox, boolean loadsAhead) throws IOException, InterruptedException {
        if (loadsAhead) {
            handleOrExit(inbox.take());
        }
        channel.send(new Message.Ready(ProcessHandle.current().pid()));
        while (true) {
            handleOrExit(inbox.take());
        }
    }

    private void handleOrExit(Message message) throws IOException {
        try {
            handle(message);
        } catch (ProcessExit killed) {
            // os._exit, or a signal whose default action ends the process (os.kill(os.getpid(), SIGTERM), an
            // alarm without a handler): the worker ends at once, with the status the parent reads
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(killed.exitStatus());
        }
    }

    private void handle(Message message) throws IOException {
        if (message instanceof Message.LoadProgram load) {
            if (load.programId() == Message.LoadProgram.AHEAD) {
                modules.loadAhead(load);
            } else if (modules.takeLoadedAhead(load)) {
                return; // loaded and settled before the worker said it was ready
            } else {
                modules.load(load);
            }
            if (warm) {
                WarmUp.settleAndCollect(); // loading set the JIT working and left garbage: neither inside the first task
            }
        } else if (message instanceof Message.Reset) {
            modules.forgetAll();
            System.out.flush();
            System.err.flush();
        } else if (message instanceof Message.RunTask task) {
            Message answer = modules.call(task);
            System.out.flush();
            System.err.flush();
            channel.send(answer);
        }
    }
}
