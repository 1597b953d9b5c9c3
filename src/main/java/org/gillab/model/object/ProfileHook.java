package org.gillab.model.object;

/**
 * A deterministic profiler's view of one thread's calls, as CPython's sys.setprofile events: a Python
 * frame starting or resuming ("call"), a call of a native function from Python code ("c_call"), and
 * the return from either. Installed in {@link ThreadState#profileHook} by _lsprof's enable and by
 * sys.setprofile.
 */
public interface ProfileHook {
    /**
     * A frame of {@code code} starts ({@code fresh}) or a generator's frame resumes. The start of a
     * generator function's frame, which only makes the generator, is no call to the profiler.
     */
    void enterCode(PyCode code, boolean fresh);

    /** Python code calls {@code callable}, not a Python function, with {@code args}; false when the profiler ignores it. */
    boolean enterNative(PyObject callable, Args args);

    /** The innermost call entered returns {@code result} (a frame's returned or yielded value), or raises (null). */
    void leave(PyObject result);

    /** What sys.getprofile returns: the profile function, or the profiler object that installed this hook (borrowed). */
    PyObject owner();
}
