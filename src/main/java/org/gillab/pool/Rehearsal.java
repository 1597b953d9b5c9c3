package org.gillab.pool;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gillab.model.Interpreter;

/**
 * A sample program's first Process, played through the Java code of both sides (all but the pipe) in a
 * warm worker before it says it is ready, and in {@code run}'s own JVM ({@link ProcessMachinery#prepare}):
 * the task made as the parent makes it (its summary, its frame), the frames decoded and encoded, the
 * program loaded ahead and taken, the parent's globals inherited, a function called on values of every
 * kind a parent sends (a class instance, a function, a bound method, a set...), its answer encoded. The
 * warm-up has compiled the eval loop, but this Java code had never run: loading and linking its classes
 * (a record's equals, lambdas, the codec) took 60-90 ms of a program's first Process in each worker,
 * between start() and its target, where a fork takes none, and 50-65 ms of the parent's first start().
 */
final class Rehearsal {
    private static final int PROGRAM_ID = 0;
    private static final String SOURCE = """
            class Sample:
                def __init__(self):
                    self.items = [1, 2.5, "text", b"bytes", None, True, (1, 2), {"key": {1, 2}}, frozenset()]

                def items_of(self):
                    return self.items

            def echo(*args):
                return args

            def sample():
                instance = Sample()
                return instance, instance.items_of, echo
            """;

    private Rehearsal() {}

    /** Plays the sample program through {@code modules}, which then forget it. */
    static void play(MainModules modules) {
        try {
            playThrough(modules);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // byte arrays do not fail
        }
    }

    private static void playThrough(MainModules modules) throws IOException {
        Program program = new Program(List.of(new Interpreter.Source("<rehearsal>", SOURCE)), List.of("<rehearsal>"));
        modules.loadAhead((Message.LoadProgram) roundTrip(new Message.LoadProgram(Message.LoadProgram.AHEAD, program)));
        modules.takeLoadedAhead((Message.LoadProgram) roundTrip(new Message.LoadProgram(PROGRAM_ID, program)));
        Object values = call(modules, "sample", List.of());
        call(modules, "_multiprocessing:_inherit", Arrays.asList(ForkedMain.ofData(Map.of("inherited", values)), null));
        call(modules, "echo", List.of(values));
        modules.forgetAll();
    }

    /** What the task returned: made as the parent makes it (its summary, its frame), answered, through the codec both ways. */
    private static Object call(MainModules modules, String function, List<Object> args) throws IOException {
        Task task = new Task(0, PROGRAM_ID, function, args, null, null);
        Message answer = roundTrip(modules.call((Message.RunTask) decoded(task.frame)));
        if (answer instanceof Message.TaskDone done) {
            return done.value();
        }
        throw new IllegalStateException("the worker's rehearsal failed in " + function + ": " + answer);
    }

    private static Message roundTrip(Message message) throws IOException {
        return decoded(Channel.encode(message));
    }

    private static Message decoded(byte[] frame) throws IOException {
        return Channel.decode(new DataInputStream(new ByteArrayInputStream(frame)));
    }
}
