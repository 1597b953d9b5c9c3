package org.gillab.pool;

/**
 * A function as pickle sends it: by the module and qualified name it is found under, never its code.
 * Module {@code __main__} is the parent's main program, which a worker runs as {@code __mp_main__}.
 */
record FunctionRef(String module, String qualname) {
    @Override
    public String toString() {
        return module + "." + qualname;
    }
}
