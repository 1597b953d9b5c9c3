package org.gillab.model.vm;

import static org.gillab.model.vm.Frame.LOCALS;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.SignatureErrors;
import org.gillab.model.object.ThreadState;

/**
 * Binds call arguments to a Python function's parameters in a new frame (Python/ceval.c
 * initialize_locals): positional, positional-only, keyword-only, defaults, *args and **kwargs, with
 * CPython's error messages.
 */
final class CallBinding {
    private CallBinding() {}

    /**
     * A new frame for {@code fn} whose parameter slots hold new references to the arguments
     * {@code src[start .. start+count)} (borrowed), the last ones named by {@code keywordNames}.
     */
    static Frame bind(ThreadState ts, PyFunction fn, PyObject[] src, int start, int count, String[] keywordNames) {
        PyCode code = fn.code;
        Frame frame = new Frame(code, fn.globals, null, fn.closure);
        PyObject[] slots = frame.slots;
        int keywords = keywordNames == null ? 0 : keywordNames.length;
        int positional = count - keywords;
        int params = code.argCount;
        if (keywords == 0 && positional == params && code.kwOnlyArgCount == 0 && (code.flags & 0xC) == 0) {
            for (int i = 0; i < positional; i++) {
                PyObject v = src[start + i];
                ts.incref(v);
                slots[LOCALS + i] = v;
            }
            return frame;
        }
        try {
            bindGeneral(ts, fn, slots, src, start, positional, keywordNames);
        } catch (RuntimeException e) {
            frame.clear(ts);
            throw e;
        }
        return frame;
    }

    private static void bindGeneral(ThreadState ts, PyFunction fn, PyObject[] slots, PyObject[] src, int start,
                                    int positional, String[] keywordNames) {
        PyCode code = fn.code;
        int params = code.argCount;
        int kwOnly = code.kwOnlyArgCount;
        int varArgsSlot = code.hasVarArgs() ? params + kwOnly : -1;
        int varKeywordsSlot = code.hasVarKeywords() ? params + kwOnly + (varArgsSlot >= 0 ? 1 : 0) : -1;
        PyDict kwargs = null;
        if (varKeywordsSlot >= 0) {
            kwargs = new PyDict(ts);
            slots[LOCALS + varKeywordsSlot] = kwargs;
        }
        int n = Math.min(positional, params);
        for (int i = 0; i < n; i++) {
            slots[LOCALS + i] = ts.newRef(src[start + i]);
        }
        if (varArgsSlot >= 0) {
            PyObject[] extra = new PyObject[Math.max(0, positional - params)];
            System.arraycopy(src, start + n, extra, 0, extra.length);
            slots[LOCALS + varArgsSlot] = PyTuple.of(ts, extra);
        } else if (positional > params) {
            throw tooMany(fn, positional, keywordNames, src, start + positional);
        }
        List<String> posOnlyPassedByName = new ArrayList<>();
        for (int k = 0; keywordNames != null && k < keywordNames.length; k++) {
            String name = keywordNames[k];
            PyObject value = src[start + positional + k];
            int index = parameterIndex(code, name);
            if (index < 0) {
                if (kwargs != null) {
                    kwargs.put(ts, PyStr.constant(name), value);
                    continue;
                }
                if (isPositionalOnly(code, name)) {
                    posOnlyPassedByName.add(name);
                    continue;
                }
                throw SignatureErrors.unexpectedKeyword(fn.qualname(), name);
            }
            if (slots[LOCALS + index] != null) {
                throw SignatureErrors.multipleValues(fn.qualname(), name);
            }
            slots[LOCALS + index] = ts.newRef(value);
        }
        if (!posOnlyPassedByName.isEmpty()) {
            throw PyErrors.typeError(fn.qualname() + "() got some positional-only arguments passed as keyword arguments: "
                    + "'" + String.join(", ", posOnlyPassedByName) + "'");
        }
        int firstDefault = params - fn.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params; i++) {
            if (slots[LOCALS + i] == null) {
                if (i >= firstDefault) {
                    slots[LOCALS + i] = ts.newRef(fn.defaults[i - firstDefault]);
                } else {
                    missing.add(code.localsPlusNames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw SignatureErrors.missing(fn.qualname(), missing, "positional");
        }
        for (int i = params; i < params + kwOnly; i++) {
            if (slots[LOCALS + i] == null) {
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.get(code.localsPlusNames[i]);
                if (d != null) {
                    slots[LOCALS + i] = ts.newRef(d);
                } else {
                    missing.add(code.localsPlusNames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw SignatureErrors.missing(fn.qualname(), missing, "keyword-only");
        }
    }

    /** The slot of a parameter that may be passed by name (not positional-only), or -1. */
    private static int parameterIndex(PyCode code, String name) {
        for (int i = code.posOnlyArgCount; i < code.argCount + code.kwOnlyArgCount; i++) {
            if (code.localsPlusNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPositionalOnly(PyCode code, String name) {
        for (int i = 0; i < code.posOnlyArgCount; i++) {
            if (code.localsPlusNames[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException tooMany(PyFunction fn, int given, String[] keywordNames, PyObject[] src, int keywordsAt) {
        PyCode code = fn.code;
        int params = code.argCount;
        int kwOnlyGiven = 0;
        for (int k = 0; keywordNames != null && k < keywordNames.length; k++) {
            for (int i = params; i < params + code.kwOnlyArgCount; i++) {
                if (code.localsPlusNames[i].equals(keywordNames[k])) {
                    kwOnlyGiven++;
                }
            }
        }
        return SignatureErrors.tooManyPositional(fn.qualname(), params - fn.defaults.length, params, given, kwOnlyGiven);
    }
}
