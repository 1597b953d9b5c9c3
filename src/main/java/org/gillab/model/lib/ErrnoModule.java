package org.gillab.model.lib;

import java.util.Map;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The errno module (Modules/errnomodule.c): the E* names of Linux's error numbers, as ints, and
 * errorcode, a dict from each number back to its name. The numbers are those {@link Errno} lists, the
 * same the model's OSErrors carry, so {@code e.errno == errno.ENOENT} holds for a missing file. The
 * names come in order of number, then the second names of numbers that have two.
 */
final class ErrnoModule {
    private ErrnoModule() {}

    private static final String DOC = """
            This module makes available standard errno system symbols.

            The value of each symbol is the corresponding integer value,
            e.g., on most systems, errno.ENOENT equals the integer 2.

            The dictionary errno.errorcode maps numeric codes to symbol names,
            e.g., errno.errorcode[2] could be the string 'ENOENT'.

            Symbols that are not relevant to the underlying system are not defined.

            To map error codes to error messages, use the function os.strerror(),
            e.g. os.strerror(2) could return 'No such file or directory'.""";

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        PyModule module = new PyModule("errno", true).add("__doc__", PyStr.constant(DOC));
        PyDict errorcode = new PyDict(ts);
        for (Errno e : Errno.values()) {
            module.add(e.name(), PyInt.constant(e.code));
            errorcode.put(ts, PyInt.constant(e.code), PyStr.constant(e.name()));
        }
        for (Map.Entry<String, Errno> alias : Errno.ALIASES) {
            module.add(alias.getKey(), PyInt.constant(alias.getValue().code));
        }
        module.dict().put(ts, "errorcode", errorcode);
        ts.decref(errorcode);
        return module;
    }
}
