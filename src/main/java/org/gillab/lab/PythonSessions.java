package org.gillab.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gillab.model.Profile;
import org.gillab.model.gil.GilKind;

/**
 * The notebook's Python sessions, shared by its {@code %%python} cells and its Java cells
 * ({@link Python}): one model interpreter per GIL kind and profile, made when first used, and one
 * CPython process. Static because JShell's cells and the kernel's cell magic meet only here.
 */
final class PythonSessions {
    private record Key(GilKind kind, Profile profile) {}

    private static final Map<Key, ModelSession> MODELS = new LinkedHashMap<>();
    /** Globals that {@link Python#set} gave every session; a session made later gets them too. */
    private static final Map<String, Object> SHARED = new LinkedHashMap<>();
    private static CPythonSession cpython;

    private PythonSessions() {}

    static synchronized ModelSession model(GilKind kind, Profile profile) {
        return MODELS.computeIfAbsent(new Key(kind, profile), key -> withShared(new ModelSession(kind, profile)));
    }

    /** Ends the session of {@code kind} and {@code profile}: its threads are stopped, the next cell gets a new one. */
    static synchronized void resetModel(GilKind kind, Profile profile) {
        ModelSession session = MODELS.remove(new Key(kind, profile));
        if (session != null) {
            session.close();
        }
    }

    /**
     * The CPython session, started on python3 from PATH when there is none or the last one ended.
     *
     * @throws IllegalStateException when there is no python3, or it does not start
     */
    static synchronized CPythonSession cpython() {
        if (cpython == null || !cpython.isAlive()) {
            var python = CPython.onPath("python3").orElseThrow(() -> new IllegalStateException(
                    "no python3 on PATH: install CPython (e.g. apt-get install python3) to run cells on it"));
            try {
                cpython = withShared(CPythonSession.start(python));
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalStateException("CPython at " + python + " does not start: " + e.getMessage(), e);
            }
        }
        return cpython;
    }

    static synchronized void resetCPython() {
        if (cpython != null) {
            cpython.close();
            cpython = null;
        }
    }

    /** Makes {@code value} the global {@code name} of every session, those running and those made later. */
    static synchronized void share(String name, Object value) {
        SHARED.put(name, value);
        MODELS.values().forEach(session -> session.set(name, value));
        if (cpython != null && cpython.isAlive()) {
            cpython.set(name, value);
        }
    }

    private static <T extends PythonEngine> T withShared(T session) {
        SHARED.forEach(session::set);
        return session;
    }

    /** Closes every session: the kernel is shutting down. */
    static synchronized void closeAll() {
        MODELS.values().forEach(ModelSession::close);
        MODELS.clear();
        resetCPython();
    }
}
