package org.gillab.model.vm;

import java.util.ArrayList;
import java.util.List;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyCode;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFunction;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.ThreadState;

/** Binds call arguments to a Python function's parameters (Python/ceval.c initialize_locals), with CPython's errors. */
final class CallBinding {
    private CallBinding() {}

    /** A new frame for {@code fn} whose first slots hold new references to the parameters' values. */
    static PyObject[] bind(ThreadState ts, PyFunction fn, Args args) {
        PyCode code = fn.code;
        int params = code.argCount;
        PyObject[] frame = new PyObject[code.varNames.length + code.stackSize];
        int given = args.size();
        if (given > params) {
            throw tooMany(fn, given);
        }
        for (int i = 0; i < given; i++) {
            frame[i] = args.get(i);
        }
        List<String> keywords = args.keywordNames();
        for (String name : keywords) {
            int index = parameterIndex(code, name);
            if (index < 0) {
                throw PyErrors.typeError(fn.name() + "() got an unexpected keyword argument '" + name + "'");
            }
            if (frame[index] != null) {
                throw PyErrors.typeError(fn.name() + "() got multiple values for argument '" + name + "'");
            }
            frame[index] = args.keyword(name);
        }
        int firstDefault = params - fn.defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < params; i++) {
            if (frame[i] == null) {
                if (i >= firstDefault) {
                    frame[i] = fn.defaults[i - firstDefault];
                } else {
                    missing.add("'" + code.varNames[i] + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw PyErrors.typeError(fn.name() + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + englishList(missing));
        }
        for (int i = 0; i < params; i++) {
            ts.incref(frame[i]);
        }
        return frame;
    }

    private static int parameterIndex(PyCode code, String name) {
        for (int i = 0; i < code.argCount; i++) {
            if (code.varNames[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException tooMany(PyFunction fn, int given) {
        int params = fn.code.argCount;
        int required = params - fn.defaults.length;
        String takes = required == params ? String.valueOf(params) : "from " + required + " to " + params;
        return PyErrors.typeError(fn.name() + "() takes " + takes + " positional argument" + (params == 1 && required == params ? "" : "s")
                + " but " + given + (given == 1 ? " was" : " were") + " given");
    }

    /** 'a', 'a' and 'b', 'a', 'b', and 'c' */
    private static String englishList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }
}
