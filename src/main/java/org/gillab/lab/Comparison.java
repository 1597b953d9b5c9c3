package org.gillab.lab;

import java.util.Optional;

/**
 * An experiment whose Python program also runs on the real CPython of this machine, its rows beside
 * the model's (engine "cpython"); model rows only, with a note, when no CPython is found.
 */
public abstract class Comparison<SELF extends Comparison<SELF>> extends Experiment {
    private String cpython = "python3";

    /** Run the program on this CPython too: a path, or a command on PATH; default "python3". */
    public SELF cpython(String executable) {
        if (executable == null || executable.isBlank()) {
            throw new IllegalArgumentException("name a CPython, e.g. cpython(\"python3\") or cpython(\"/usr/bin/python3.12\"),"
                    + " or call withoutCPython()");
        }
        this.cpython = executable;
        return self();
    }

    /** Model rows only. */
    public SELF withoutCPython() {
        this.cpython = null;
        return self();
    }

    /** The CPython to compare with, if one was asked for and found. */
    protected Optional<CPython> findCPython() {
        return cpython == null ? Optional.empty() : CPython.find(cpython);
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
