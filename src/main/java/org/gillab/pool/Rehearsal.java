package org.gillab.pool;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gillab.model.Interpreter;

/**
 * A sample program's first Process, played through a warm worker's own code before the worker says it
 * is ready: the frames encoded and decoded, the program loaded ahead and taken, the parent's globals
 * inherited, a function called on values of every kind a parent sends (a class instance, a function, a
 * bound method, a set...), its answer encoded. The warm-up has compiled the eval loop, but this Java code
 * had never run: loading and linking its classes (a record's equals, lambdas, the codec) took 60-90 ms of
 * a program's first Process in each worker, between start() and its target, where a fork takes none.
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
    static void play(MainModules modules) throws IOException {
        Program program = new Program(List.of(new Interpreter.Source("<rehearsal>", SOURCE)), List.of("<rehearsal>"));
        modules.loadAhead((Message.LoadProgram) roundTrip(new Message.LoadProgram(Message.LoadProgram.AHEAD, program)));
        modules.takeLoadedAhead((Message.LoadProgram) roundTrip(new Message.LoadProgram(PROGRAM_ID, program)));
        Object values = call(modules, "sample", List.of());
        call(modules, "_multiprocessing:_inherit", List.of(Map.of("inherited", values)));
        call(modules, "echo", List.of(values));
        modules.forgetAll();
    }

    /** What the task returned, through the codec both ways as between parent and worker. */
    private static Object call(MainModules modules, String function, List<Object> args) throws IOException {
        Message.RunTask task = (Message.RunTask) roundTrip(new Message.RunTask(0, PROGRAM_ID, function, args));
        Message answer = roundTrip(modules.call(task));
        if (answer instanceof Message.TaskDone done) {
            return done.value();
        }
        throw new IllegalStateException("the worker's rehearsal failed in " + function + ": " + answer);
    }

    private static Message roundTrip(Message message) throws IOException {
        return Channel.decode(new DataInputStream(new ByteArrayInputStream(Channel.encode(message))));
    }
}
