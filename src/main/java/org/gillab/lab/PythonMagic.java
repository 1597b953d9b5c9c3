package org.gillab.lab;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.gillab.display.Display;
import org.gillab.display.MimeBundle;
import org.gillab.evaluator.CellError;
import org.gillab.evaluator.CellMagic;
import org.gillab.evaluator.Completion;
import org.gillab.evaluator.CompletenessCheck;
import org.gillab.evaluator.ExecutionOutcome;
import org.gillab.evaluator.Inspection;
import org.gillab.evaluator.MagicCell;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;
import org.gillab.model.gil.GilStats;

/**
 * {@code %%python [options]}: runs the cell as Python in the notebook's model session of a GIL kind
 * and profile, and with {@code --cpython} in its CPython session too, as IPython runs a cell: output
 * streams live from every thread into the cell that started it, the last expression's repr is Out[n],
 * an uncaught exception is the cell's error with CPython's traceback and the cell's line numbers.
 *
 * <p>Each engine runs the cell on a thread of its own. An interrupt raises KeyboardInterrupt in that
 * thread, as Ctrl-C does in CPython's main thread; the model then stops the other threads of the
 * session (each reports its KeyboardInterrupt), CPython's session is ended if its threads go on. A
 * cell that ends normally leaves its threads running, as in IPython: they print into that cell.
 */
public final class PythonMagic implements CellMagic {
    /** Room for the recursion limit's 1000 Python frames, as the model's own threads have. */
    private static final long STACK_SIZE = 64L << 20;
    private static final CellError INTERRUPTED = new CellError("KeyboardInterrupt", "", List.of("KeyboardInterrupt"));

    /** The engine running a cell now and the thread it runs on. */
    private record Running(PythonEngine engine, Thread thread) {}

    /** Guarded by this: starting an engine and interrupting it exclude each other, so no interrupt is lost or doubled. */
    private Running running;

    @Override
    public String name() {
        return "python";
    }

    @Override
    public String usage() {
        return "%%python [options]";
    }

    @Override
    public String description() {
        return "run the cell as Python on the model, under any GIL (%%python --help lists the options)";
    }

    @Override
    public ExecutionOutcome run(MagicCell cell) {
        PythonOptions options;
        List<PythonEngine> engines;
        try {
            options = PythonOptions.parse(cell.argument());
            engines = options.help() ? List.of() : engines(options);
        } catch (IllegalArgumentException e) {
            return ExecutionOutcome.failed(CellError.of("UsageError", e.getMessage()));
        }
        if (options.help()) {
            System.out.print(PythonOptions.USAGE);
            return ExecutionOutcome.ok(null);
        }
        // blank lines for the magic's line and those above it: errors give the cell's line numbers
        String source = "\n".repeat(cell.firstLine() - 1) + cell.body();
        boolean labelled = engines.size() > 1;
        CellError cellError = null;
        String value = null;
        Map<String, List<GilStats.Hold>> timelines = new LinkedHashMap<>();
        for (PythonEngine engine : engines) {
            if (cell.interrupted().getAsBoolean()) {
                break;
            }
            if (labelled) {
                System.out.println("── " + (engine instanceof ModelSession m ? m.description() : engine.label()) + " ──");
            }
            if (engine instanceof ModelSession model && (options.stats() || options.timeline())) {
                model.interpreter().resetGilStats();
            }
            PythonEngine.Run run = runOnItsThread(engine, source, cell.label(), cell.interrupted());
            if (labelled) {
                endSection(engine, run, cellError == null);
            }
            if (cellError == null) {
                cellError = run.error();
            }
            value = labelled ? null : run.value();
            if (engine instanceof ModelSession model) {
                report(model, options, cell.label(), timelines);
            }
        }
        if (options.timelineFile() != null && !timelines.isEmpty()) {
            writeTrace(options, timelines);
        }
        if (cellError == null && cell.interrupted().getAsBoolean()) {
            cellError = INTERRUPTED; // before the first engine started, or between two
        }
        return cellError != null ? ExecutionOutcome.failed(cellError)
                : ExecutionOutcome.ok(value == null ? null : MimeBundle.text(value));
    }

    /** The sessions the options name, reset and with their intervals set as asked. */
    private static List<PythonEngine> engines(PythonOptions options) {
        List<PythonEngine> engines = new ArrayList<>();
        for (GilKind kind : options.gils()) {
            if (options.reset()) {
                PythonSessions.resetModel(kind, options.profile());
            }
            ModelSession session = PythonSessions.model(kind, options.profile());
            if (options.switchInterval() != null) {
                session.setSwitchInterval(options.switchInterval());
            }
            if (options.checkInterval() != null) {
                session.setCheckInterval(options.checkInterval());
            }
            engines.add(session);
        }
        if (options.cpython()) {
            if (options.reset()) {
                PythonSessions.resetCPython();
            }
            try {
                engines.add(PythonSessions.cpython());
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage() + "; this cell runs on the model only.");
            }
        }
        return engines;
    }

    /** Runs the cell on a new thread of this cell (its output goes here) and waits for it. */
    private PythonEngine.Run runOnItsThread(PythonEngine engine, String source, String filename, BooleanSupplier interrupted) {
        PythonEngine.Run[] result = new PythonEngine.Run[1];
        Thread thread = new Thread(null, () -> result[0] = runReportingBugs(engine, source, filename), "python-cell", STACK_SIZE);
        synchronized (this) {
            if (interrupted.getAsBoolean()) {
                return new PythonEngine.Run(null, INTERRUPTED, 0);
            }
            running = new Running(engine, thread);
            thread.start();
        }
        boolean interruptedHere = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interruptedHere = true; // not ours to act on: the cell's thread is what an interrupt stops
            }
        }
        synchronized (this) {
            running = null;
        }
        if (interruptedHere) {
            Thread.currentThread().interrupt();
        }
        return result[0];
    }

    /** The engine's run, or a bug in the engine (the unsafe kind's corrupted heap, say) as the cell's error. */
    private static PythonEngine.Run runReportingBugs(PythonEngine engine, String source, String filename) {
        try {
            return engine.run(source, filename);
        } catch (RuntimeException | StackOverflowError e) {
            return new PythonEngine.Run(null, CellError.of("InternalError", engine.label() + " failed: " + e), 0);
        }
    }

    @Override
    public synchronized void interrupt() {
        if (running != null) {
            running.engine().interrupt(running.thread());
        }
    }

    /** The end of an engine's section: its value, or its traceback unless that is the cell's error, and its wall time. */
    private static void endSection(PythonEngine engine, PythonEngine.Run run, boolean firstError) {
        if (run.value() != null) {
            System.out.println("Out: " + run.value());
        }
        if (run.error() != null && !firstError) {
            System.err.println(String.join("\n", run.error().traceback()));
        }
        String ending = run.error() == null ? "" : ", " + run.error().ename() + (firstError ? " (the cell's error, below)" : "");
        System.out.printf(Locale.ROOT, "── %s: %.3f s%s ──%n", engine.label(), run.seconds(), ending);
    }

    /** --stats and --timeline of one model session, for this cell. */
    private static void report(ModelSession model, PythonOptions options, String label, Map<String, List<GilStats.Hold>> timelines) {
        GilStats stats = model.interpreter().gilStats();
        boolean locked = model.kind() == GilKind.NEW || model.kind() == GilKind.OLD;
        String title = model.label() + ", " + label;
        if (options.stats()) {
            Display.display(locked ? GilReport.threads(stats, title) : model.label() + ": " + stats);
        }
        if (!options.timeline()) {
            return;
        }
        if (!locked || stats.timeline().isEmpty()) {
            System.out.println(model.label() + ": " + (locked ? "no thread released the lock yet" : "no lock, so no timeline"));
            return;
        }
        timelines.put(model.description(), stats.timeline());
        String kept = stats.timelineDropped() == 0 ? "" : " (the last " + stats.timeline().size() + " holds)";
        Display.display(Chart.timeline(GilReport.holds(title, stats.timeline())).title("Who held the GIL: " + title + kept));
    }

    private static void writeTrace(PythonOptions options, Map<String, List<GilStats.Hold>> timelines) {
        try {
            GilReport.writeTrace(options.timelineFile(), timelines);
            System.out.println("Timeline written to " + options.timelineFile().toAbsolutePath()
                    + " (Chrome trace events: open it in https://ui.perfetto.dev or chrome://tracing)");
        } catch (IOException e) {
            System.err.println("The timeline could not be written to " + options.timelineFile() + ": " + e.getMessage());
        }
    }

    @Override
    public Completion complete(String argument, String body, int cursor) {
        return PythonAssist.complete(assistSession(argument).interpreter(), body, cursor);
    }

    @Override
    public Inspection inspect(String argument, String body, int cursor) {
        return PythonAssist.inspect(assistSession(argument).interpreter(), body, cursor);
    }

    @Override
    public CompletenessCheck isComplete(String body) {
        return PythonAssist.isComplete(body);
    }

    /** The session a cell with these options runs in first; the default one when they do not parse. */
    private static ModelSession assistSession(String argument) {
        try {
            PythonOptions options = PythonOptions.parse(argument);
            return PythonSessions.model(options.firstGil(), options.profile());
        } catch (IllegalArgumentException e) {
            return PythonSessions.model(GilKind.NEW, Profile.PY311);
        }
    }

    /** A round of the model's warm-up under the default lock, so that the first cell finds the model warm. */
    @Override
    public boolean warmUpStep() {
        return ModelWarmUps.advance(GilKind.NEW);
    }

    @Override
    public void close() {
        PythonSessions.closeAll();
    }
}
