package org.gillab.model.lib;

import java.util.List;

import org.gillab.model.gil.GilKind;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.StdStream;

/**
 * The sys module (Python/sysmodule.c): the interpreter's argv, path and modules, its standard streams,
 * the handled exception, the recursion limit, and the GIL's switch interval (setswitchinterval) and, for
 * the old GIL, check interval (setcheckinterval, as Python 2 had it).
 */
final class SysModule {
    private SysModule() {}

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        PyModule sys = new PyModule("sys", true);
        String version = interp.profile().version();
        String[] parts = version.split("\\.");
        String gilName = interp.kind().name().toLowerCase();
        sys.add("version", PyStr.constant(version + " (GIL Lab model, gil=" + gilName + ")"))
                .add("version_info", versionInfo(parts))
                .add("hexversion", PyInt.constant((Long.parseLong(parts[0]) << 24) | (Long.parseLong(parts[1]) << 16)
                        | (Long.parseLong(parts[2]) << 8) | 0xF0))
                .add("platform", PyStr.constant(System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                        : System.getProperty("os.name").toLowerCase().replace(" ", "")))
                .add("byteorder", PyStr.constant("little"))
                .add("maxsize", PyInt.constant(Long.MAX_VALUE))
                .add("executable", PyStr.constant("gil-lab"))
                .add("stdout", StdStream.STDOUT)
                .add("stderr", StdStream.STDERR)
                .add("__stdout__", StdStream.STDOUT)
                .add("__stderr__", StdStream.STDERR)
                .add("modules", interp.sysModules())
                .add("gil", PyStr.constant(gilName))
                .add("dont_write_bytecode", PyBool.TRUE)
                .function("setswitchinterval", args -> {
                    args.expectPositional("setswitchinterval", 1, 1);
                    double seconds = Convert.toDouble(args.get(0), "setswitchinterval");
                    if (!(seconds > 0)) {
                        throw PyErrors.valueError("switch interval must be strictly positive");
                    }
                    interp.gil().setSwitchInterval(Math.max(1, (long) (seconds * 1e9)));
                    return PyNone.NONE;
                })
                .function("getswitchinterval", args -> new PyFloat(args.thread(), interp.gil().switchIntervalNanos() / 1e9))
                .function("setcheckinterval", args -> {
                    args.expectPositional("setcheckinterval", 1, 1);
                    long ticks = Convert.toLong(args.get(0), "setcheckinterval");
                    interp.gil().setCheckInterval((int) Math.max(1, Math.min(ticks, Integer.MAX_VALUE)));
                    return PyNone.NONE;
                })
                .function("getcheckinterval", args -> PyInt.of(args.thread(), interp.gil().checkInterval()))
                .function("getrecursionlimit", args -> PyInt.of(args.thread(), interp.recursionLimit()))
                .function("setrecursionlimit", args -> {
                    args.expectPositional("setrecursionlimit", 1, 1);
                    long limit = Convert.toLong(args.get(0), "setrecursionlimit");
                    if (limit < 1) {
                        throw PyErrors.valueError("recursion limit must be greater or equal than 1");
                    }
                    interp.setRecursionLimit((int) Math.min(limit, 100_000));
                    return PyNone.NONE;
                })
                .function("_is_gil_enabled", args -> PyBool.of(interp.kind() == GilKind.NEW || interp.kind() == GilKind.OLD))
                .function("exc_info", args -> {
                    PyObject e = args.thread().handledException();
                    if (e == null) {
                        return PyTuple.of(args.thread(), PyNone.NONE, PyNone.NONE, PyNone.NONE);
                    }
                    PyObject tb = e.getAttr(args.thread(), "__traceback__");
                    PyTuple info = PyTuple.of(args.thread(), e.type(), e, tb);
                    args.thread().decref(tb);
                    return info;
                })
                .function("exception", args -> {
                    PyObject e = args.thread().handledException();
                    return args.thread().newRef(e == null ? PyNone.NONE : e);
                })
                .function("getrefcount", args -> {
                    args.expectPositional("getrefcount", 1, 1);
                    return PyInt.of(args.thread(), args.get(0).refcount()); // the argument's reference on the caller's stack is counted, as in CPython
                })
                .function("intern", args -> {
                    args.expectPositional("intern", 1, 1);
                    return args.thread().newRef(args.get(0));
                })
                .function("getdefaultencoding", args -> PyStr.constant("utf-8"))
                .function("getfilesystemencoding", args -> PyStr.constant("utf-8"))
                .function("displayhook", args -> displayHook(interp, args))
                .function("exit", args -> {
                    args.expectPositional("exit", 0, 1);
                    if (args.size() == 0) {
                        throw PyErrors.raiseEmpty(PyErrors.SYSTEM_EXIT);
                    }
                    throw PyErrors.raise(PyErrors.SYSTEM_EXIT, args.get(0));
                });
        sys.dict().put(ts, "__displayhook__", sys.dict().get("displayhook"));
        PyList argv = new PyList(ts);
        interp.argv().forEach(a -> argv.appendOwned(new PyStr(ts, a)));
        sys.dict().put(ts, "argv", argv);
        ts.decref(argv);
        PyList path = new PyList(ts);
        path.appendOwned(new PyStr(ts, interp.path() == null ? "" : interp.path().toString()));
        sys.dict().put(ts, "path", path);
        ts.decref(path);
        return sys;
    }

    private static final StructSequence VERSION_INFO = new StructSequence("sys.version_info",
            "major", "minor", "micro", "releaselevel", "serial");

    /** sys.version_info: a tuple (major, minor, micro, releaselevel, serial) that also has those attributes. */
    private static PyObject versionInfo(String[] parts) {
        return VERSION_INFO.constant(PyInt.constant(Long.parseLong(parts[0])), PyInt.constant(Long.parseLong(parts[1])),
                PyInt.constant(Long.parseLong(parts[2])), PyStr.constant("final"), PyInt.constant(0));
    }

    /**
     * sys.displayhook (sys_displayhook in sysmodule.c): None shows nothing; another value's repr goes to
     * sys.stdout with a newline, and builtins._ becomes the value (set to None first, as CPython does, so
     * a repr that fails leaves no stale value).
     */
    private static PyObject displayHook(InterpreterState interp, Args args) {
        args.expectPositional("displayhook", 1, 1);
        PyObject value = args.get(0);
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        ThreadState ts = args.thread();
        interp.builtins().put(ts, "_", PyNone.NONE);
        StdStream.write(interp, ts, null, List.of(Ops.repr(ts, value), "\n"), false);
        interp.builtins().put(ts, "_", value);
        return PyNone.NONE;
    }
}
