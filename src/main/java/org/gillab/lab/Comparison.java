package org.gillab.lab;

import java.io.IOException;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * An experiment whose Python program also runs on real CPythons of this machine, their rows beside the
 * model's (engine "cpython 3.11.7"). Its table has an "engine" and a "note" column: a CPython asked for
 * but not on this machine, or that cannot run the program, is a row with a note rather than an error.
 */
public abstract class Comparison<SELF extends Comparison<SELF>> extends Experiment {
    private List<String> cpythons = List.of("python3");

    /**
     * Runs the program on these CPythons too, each beside the model: versions ("2.7", "3.12", "3.13t":
     * python3.12 on PATH, else pyenv's), paths ("/usr/bin/python3.11") or commands; default "python3".
     */
    public SELF cpython(String... versions) {
        if (versions == null || versions.length == 0) {
            throw new IllegalArgumentException("name a CPython, e.g. cpython(\"python3\"), cpython(\"2.7\", \"3.12\") or "
                    + "cpython(\"/usr/bin/python3.12\"), or call withoutCPython()");
        }
        for (String version : versions) {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("a CPython's name is blank: use a version such as \"3.12\", a path, or a command");
            }
        }
        this.cpythons = List.of(versions);
        return self();
    }

    /** Model rows only. */
    public SELF withoutCPython() {
        this.cpythons = List.of();
        return self();
    }

    /** One lookup per CPython asked for, in order (a subprocess each: call once per run). */
    protected List<CPython.Lookup> findCPythons() {
        return cpythons.stream().map(CPython::find).toList();
    }

    /** What an experiment does with one CPython: runs its program there and adds the rows. */
    @FunctionalInterface
    protected interface CPythonRun {
        void addRows(CPython python, Table results) throws IOException, InterruptedException;
    }

    /** A step that runs {@code run} on the CPython looked up, or adds a note row saying why it cannot. */
    protected Step cpythonStep(CPython.Lookup lookup, CPythonRun run) {
        String engine = lookup.python().map(CPython::engine).orElse("cpython " + lookup.asked());
        return new Step(engine, results -> {
            if (lookup.python().isEmpty()) {
                note(results, engine, lookup.missing());
                return;
            }
            try {
                run.addRows(lookup.python().get(), results);
            } catch (IOException failed) {
                note(results, engine, "failed: " + failed.getMessage());
            }
        });
    }

    /** A row with only the engine and a note; every other column blank. */
    protected static void note(Table results, String engine, String note) {
        for (Column<?> column : results.columns()) {
            switch (column.name()) {
                case "engine" -> ((StringColumn) column).append(engine);
                case "note" -> ((StringColumn) column).append(note);
                default -> column.appendMissing();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
