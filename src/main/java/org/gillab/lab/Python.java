package org.gillab.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;
import tech.tablesaw.api.Table;

/**
 * The notebook's Python sessions ({@code %%python} cells) from Java cells: values both ways, and
 * results as tables to chart. Values cross as int ↔ Long (BigInteger when big), float ↔ Double,
 * str ↔ String, bool ↔ Boolean, None ↔ null, list and tuple → List (Java arrays and Lists → list),
 * dict ↔ Map.
 *
 * <pre>{@code
 * Python.set("COUNT", count);                  // a global of every session: the model's and CPython's
 * // %%python cells: results = [{"threads": 1, "seconds": 0.51}, {"threads": 2, "seconds": 0.55}]
 * Table results = Python.table("results");     // the default session's (new GIL, 3.11 profile)
 * Table all = Python.compare("results", "new", "free", "cpython");
 * Chart.bars(all, "engine", "seconds").groupBy("threads")
 * }</pre>
 */
public final class Python {
    private Python() {}

    /** The global {@code name} of the default session ({@code %%python} without --gil or --profile). */
    public static Object get(String name) {
        return defaultSession().get(name);
    }

    /**
     * Makes {@code value} the global {@code name} of every Python session of the notebook: each GIL
     * kind's, CPython's, and those started later (so a parameter reaches every engine a cell runs on).
     */
    public static void set(String name, Object value) {
        PythonSessions.share(name, value);
    }

    /** The default session's global {@code name}, a list of dicts or of tuples under a header tuple, as a table. */
    public static Table table(String name) {
        return defaultSession().table(name);
    }

    /**
     * The rows of global {@code name} in each engine, one table with the engine first: "new", "old",
     * "free" or "unsafe" for a model session (3.11 profile), "cpython" for the CPython session. Without
     * a python3, the table has the model's rows only, and a note says so.
     */
    public static Table compare(String name, String... engines) {
        if (engines.length == 0) {
            throw new IllegalArgumentException("name the engines to compare, e.g. Python.compare(\"" + name
                    + "\", \"new\", \"free\", \"cpython\")");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String engine : engines) {
            Session session;
            try {
                session = engine.equalsIgnoreCase("cpython") ? cpython() : session(engine);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(unknown.getMessage() + ", or cpython", unknown);
            } catch (IllegalStateException noCPython) {
                System.out.println(noCPython.getMessage() + ": the table has the model's rows only.");
                continue;
            }
            for (Map<String, Object> row : RowsTable.rows(name, session.get(name))) {
                Map<String, Object> labelled = new LinkedHashMap<>();
                labelled.put("engine", session.label());
                labelled.putAll(row);
                rows.add(labelled);
            }
        }
        return RowsTable.build(name, rows);
    }

    /** The model session of a GIL kind ("new", "old", "free", "unsafe") with the 3.11 profile. */
    public static Session session(String gil) {
        return session(gil, Profile.PY311.shortName());
    }

    /** The model session of a GIL kind and a version profile ("3.9", "3.11"). */
    public static Session session(String gil, String profile) {
        return new Session(PythonSessions.model(GilKind.parse(gil), Profile.parse(profile)));
    }

    /** The notebook's CPython session (python3 on PATH), started if need be. */
    public static Session cpython() {
        return new Session(PythonSessions.cpython());
    }

    private static Session defaultSession() {
        return new Session(PythonSessions.model(GilKind.NEW, Profile.PY311));
    }

    /** One Python session: its globals, and tables of them. */
    public static final class Session {
        private final PythonEngine engine;

        private Session(PythonEngine engine) {
            this.engine = engine;
        }

        /** "new GIL", "free-threaded 3.9", "CPython 3.11.7". */
        public String label() {
            return engine.label();
        }

        /** The global {@code name}, as a Java value. */
        public Object get(String name) {
            return engine.get(name);
        }

        /** Makes {@code value} the global {@code name} of this session only. */
        public void set(String name, Object value) {
            engine.set(name, value);
        }

        /** The global {@code name}, a list of dicts or of tuples under a header tuple, as a table. */
        public Table table(String name) {
            return RowsTable.of(name, get(name));
        }

        @Override
        public String toString() {
            return "Python session: " + label();
        }
    }
}
