package org.gillab.lab;

import java.time.Duration;
import org.gillab.model.Interpreter;
import org.gillab.model.Profile;
import org.gillab.model.PythonException;
import org.gillab.model.compile.CompileError;
import org.gillab.model.gil.GilKind;
import org.gillab.model.vm.FatalSignal;
import org.gillab.model.vm.ProcessExit;
import org.gillab.pool.WarmWorkers;

/** One of the notebook's model sessions: an interpreter of one GIL kind and version profile, kept from cell to cell. */
final class ModelSession implements PythonEngine, AutoCloseable {
    /** Lock holds remembered for {@code --timeline}: the last 100,000 (a few MB at most). */
    static final int TIMELINE_HOLDS = 100_000;

    private final GilKind kind;
    private final Profile profile;
    private final Interpreter interpreter;

    /**
     * A new session; the first of its lock kind in this JVM warms the model up to steady state first, as
     * {@code run} does before a program (unless the kernel did it while idle: {@link ModelWarmUps}), so that
     * what the cells time is the model's lasting speed and not the JIT's first minutes (in a fresh kernel
     * one thread's countdown took 12 times as long as later).
     */
    ModelSession(GilKind kind, Profile profile) {
        this.kind = kind;
        this.profile = profile;
        ModelWarmUps.ensure(kind);
        this.interpreter = Interpreter.builder().gil(kind).profile(profile).timeline(TIMELINE_HOLDS).build();
        WarmWorkers.of(interpreter); // a cell's Pool() or Process, run again, finds warm workers
    }

    Interpreter interpreter() {
        return interpreter;
    }

    GilKind kind() {
        return kind;
    }

    /** "new GIL", "free-threaded 3.9": the kind, and the profile when it is not the default 3.11. */
    @Override
    public String label() {
        return profile == Profile.PY311 ? kindName() : kindName() + " " + profile.shortName();
    }

    /** What a cell's output sections call this session: "new GIL (model, 3.11 profile)". */
    String description() {
        return kindName() + " (model, " + profile.shortName() + " profile)";
    }

    private String kindName() {
        return switch (kind) {
            case NEW -> "new GIL";
            case OLD -> "old GIL";
            case FREE -> "free-threaded";
            case UNSAFE -> "no lock (unsafe)";
        };
    }

    void setSwitchInterval(Duration interval) {
        interpreter.setSwitchInterval(interval);
    }

    void setCheckInterval(int ticks) {
        interpreter.setCheckInterval(ticks);
    }

    @Override
    public Run run(String source, String filename) {
        long start = System.nanoTime();
        try {
            String value = interpreter.execCell(source, filename);
            return new Run(value, null, seconds(start));
        } catch (PythonException e) {
            return new Run(null, Run.error(e.typeName(), e.exception().str(), e.traceback()), seconds(start));
        } catch (CompileError e) {
            // str(SyntaxError) is "msg (filename, line n)"
            String evalue = e.detail() + " (" + e.filename() + ", line " + e.line() + ")";
            return new Run(null, Run.error(e.kind(), evalue, e.getMessage()), seconds(start));
        } catch (FatalSignal e) {
            // CPython's kernel process would die of it; the session lives on and says what would have happened
            String evalue = e.getMessage() + ": signal " + e.signum() + " ended the program (SIG_DFL)";
            return new Run(null, Run.error("FatalSignal", evalue, evalue + "\n"), seconds(start));
        } catch (ProcessExit e) {
            // os._exit: as for a signal, CPython's kernel would be gone
            String evalue = e.getMessage() + " ended the program";
            return new Run(null, Run.error("ProcessExit", evalue, evalue + "\n"), seconds(start));
        }
    }

    @Override
    public void interrupt(Thread cellThread) {
        cellThread.interrupt(); // the model raises KeyboardInterrupt at its next check point
    }

    @Override
    public Object get(String name) {
        return JavaValues.plain(interpreter.get(name));
    }

    @Override
    public void set(String name, Object value) {
        interpreter.set(name, JavaValues.forPython(value));
    }

    @Override
    public void close() {
        interpreter.close();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
