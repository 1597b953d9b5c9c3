package org.gillab.model.vm;

import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;

/**
 * LOAD_GLOBAL's inline cache, as CPython 3.8-3.10's opcache keeps it (LOAD_GLOBAL with the globals' and
 * builtins' ma_version_tag; 3.11's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN use the keys version and an
 * index): each instruction remembers what the name resolved to and the versions of both dicts then. While
 * neither dict has changed, the same lookup finds the same object. Used only under a GIL: with per-object
 * locks (free-threaded) another thread could replace and free the remembered object between the check
 * and the caller's incref.
 */
final class GlobalCache {
    private GlobalCache() {}

    private record Entry(PyDict globals, long globalsVersion, PyDict builtins, long builtinsVersion, PyObject value) {}

    /** The global or builtin {@code name}, borrowed (LOAD_GLOBAL at instruction {@code at}); NameError when neither has it. */
    static PyObject load(PyCode code, int at, PyDict globals, PyDict builtins, PyStr name, boolean locks) {
        Object[] caches = code.caches;
        if (caches != null && caches[at] instanceof Entry e && e.globals == globals && e.builtins == builtins
                && e.globalsVersion == globals.version() && e.builtinsVersion == builtins.version()) {
            return e.value;
        }
        return lookUp(code, at, globals, builtins, name, locks);
    }

    /** The lookups, remembered: a separate method, so that the eval loop inlines only the check above. */
    private static PyObject lookUp(PyCode code, int at, PyDict globals, PyDict builtins, PyStr name, boolean locks) {
        long globalsVersion = globals.version(); // before the lookups: a change meanwhile leaves the entry stale, never wrong
        long builtinsVersion = builtins.version();
        PyObject v = globals.get(name);
        if (v == null) {
            v = builtins.get(name);
            if (v == null) {
                throw PyErrors.nameError(name.value);
            }
        }
        if (!locks) {
            AttributeCache.slots(code)[at] = new Entry(globals, globalsVersion, builtins, builtinsVersion, v);
        }
        return v;
    }
}
