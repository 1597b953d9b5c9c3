package org.gillab.model.lib;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.PythonException;
import org.gillab.model.gil.GilKind;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.ProfileHook;
import org.gillab.model.object.PyBuiltin;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyException;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PySet;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.object.Types;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.StdStream;
import org.gillab.model.vm.Tracing;

/**
 * The sys module (Python/sysmodule.c): the interpreter's argv, path and modules, its standard streams,
 * the handled exception, frames, hooks, the recursion limit, and the GIL's switch interval
 * (setswitchinterval) and, for the old GIL, check interval (setcheckinterval, as Python 2 had it).
 */
final class SysModule {
    private SysModule() {}

    private static final StructSequence VERSION_INFO = new StructSequence("sys.version_info",
            "major", "minor", "micro", "releaselevel", "serial");

    private static final StructSequence FLAGS = new StructSequence("sys.flags",
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");

    private static boolean isAtLeast(String[] version, int major, int minor) {
        int actualMajor = Integer.parseInt(version[0]);
        return actualMajor > major || actualMajor == major && Integer.parseInt(version[1]) >= minor;
    }

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        String version = interp.profile().version();
        String[] parts = version.split("\\.");
        PyObject versionInfo = VERSION_INFO.constant(PyInt.constant(Long.parseLong(parts[0])),
                PyInt.constant(Long.parseLong(parts[1])), PyInt.constant(Long.parseLong(parts[2])),
                PyStr.constant("final"), PyInt.constant(0));
        long hexversion = (Long.parseLong(parts[0]) << 24) | (Long.parseLong(parts[1]) << 16)
                | (Long.parseLong(parts[2]) << 8) | 0xF0;
        String gilName = interp.kind().name().toLowerCase();
        PyBuiltin excepthook = new PyBuiltin("excepthook", args -> excepthook(interp, args));
        PyBuiltin unraisablehook = UnraisableHook.defaultHook(interp);
        interp.setUnraisableWriter((state, message, object, e) -> UnraisableHook.write(interp, state, message, object, e));
        PyModule sys = new PyModule("sys", true)
                .add("version", PyStr.constant(version + " (GIL Lab model, gil=" + gilName + ")"))
                .add("version_info", versionInfo)
                .add("hexversion", PyInt.constant(hexversion))
                .add("implementation", implementation(parts, versionInfo, hexversion))
                .add("platform", PyStr.constant(platform()))
                .add("byteorder", PyStr.constant("little"))
                .add("maxsize", PyInt.constant(Long.MAX_VALUE))
                .add("maxunicode", PyInt.constant(0x10FFFF))
                .add("flags", flags())
                .add("dont_write_bytecode", PyBool.of(System.getenv("PYTHONDONTWRITEBYTECODE") != null))
                .add("stdin", StdStream.STDIN)
                .add("stdout", StdStream.STDOUT)
                .add("stderr", StdStream.STDERR)
                .add("__stdin__", StdStream.STDIN)
                .add("__stdout__", StdStream.STDOUT)
                .add("__stderr__", StdStream.STDERR)
                .add("modules", interp.sysModules())
                .add("builtin_module_names", sortedTuple(StandardLibrary.javaModules()))
                .add("gil", PyStr.constant(gilName))
                .add("excepthook", excepthook)
                .add("__excepthook__", excepthook)
                .add("unraisablehook", unraisablehook)
                .add("__unraisablehook__", unraisablehook)
                .function("setswitchinterval", args -> {
                    args.expectPositional("setswitchinterval", 1, 1);
                    double seconds = Convert.toDouble(args.get(0), "setswitchinterval");
                    if (seconds <= 0) { // a NaN passes, as in CPython
                        throw PyErrors.valueError("switch interval must be strictly positive");
                    }
                    // CPython keeps whole microseconds, truncated (sys_setswitchinterval_impl)
                    interp.gil().setSwitchInterval(Math.max(1, (long) (1e6 * seconds)) * 1000);
                    return PyNone.NONE;
                })
                // in microseconds times 1e-6, as CPython computes it: 0.0001 reads back as 9.999999999999999e-05
                .function("getswitchinterval", args -> new PyFloat(args.thread(), 1e-6 * (interp.gil().switchIntervalNanos() / 1000)))
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
                .function("is_finalizing", args -> PyBool.of(interp.isFinalizing()))
                .function("exc_info", args -> SysHooks.excInfo(args.thread(), args.thread().handledException()))
                .function("exception", args -> {
                    PyObject e = args.thread().handledException();
                    return args.thread().newRef(e == null ? PyNone.NONE : e);
                })
                .function("_getframe", args -> {
                    args.expectPositional("_getframe", 0, 1);
                    long depth = args.size() == 0 ? 0 : Convert.toLong(args.get(0), "_getframe");
                    return FrameObject.at(args.thread(), (int) Math.max(0, Math.min(depth, Integer.MAX_VALUE)));
                })
                .function("_current_frames", args -> {
                    args.noArgs("sys._current_frames");
                    interp.auditHooks().audit(args.thread(), "sys._current_frames");
                    return FrameObject.currentFrames(args.thread());
                })
                .function("getsizeof", args -> {
                    PyObject[] a = args.bind("getsizeof", 1, "object", "default");
                    try {
                        return PyInt.of(args.thread(), SizeOf.of(args.thread(), a[0]));
                    } catch (PythonException e) {
                        if (a[1] == null || !e.is("TypeError")) {
                            throw e;
                        }
                        args.thread().decref(e.exception());
                        return args.thread().newRef(a[1]);
                    }
                })
                .function("set_asyncgen_hooks", AsyncGenHooks::set)
                .function("get_asyncgen_hooks", AsyncGenHooks::get)
                .function("gettrace", args -> {
                    args.noArgs("sys.gettrace");
                    return orNone(args.thread(), args.thread().traceFunction);
                })
                .function("getprofile", args -> {
                    args.noArgs("sys.getprofile");
                    ProfileHook hook = args.thread().profileHook;
                    return orNone(args.thread(), hook == null ? null : hook.owner());
                })
                .function("settrace", args -> {
                    interp.auditHooks().audit(args.thread(), "sys.settrace");
                    Tracing.setTrace(args.thread(), hookFunction(args, "settrace"));
                    return PyNone.NONE;
                })
                .function("setprofile", args -> {
                    interp.auditHooks().audit(args.thread(), "sys.setprofile");
                    PythonProfiler.install(args.thread(), hookFunction(args, "setprofile"));
                    return PyNone.NONE;
                })
                .function("getrefcount", args -> {
                    args.expectPositional("getrefcount", 1, 1);
                    // the count includes the argument's reference on the caller's stack, as CPython's does
                    return PyInt.of(args.thread(), args.get(0).refcount());
                })
                .function("intern", args -> {
                    PyObject s = args.oneArg("sys.intern");
                    if (!(s instanceof PyStr str)) {
                        throw PyErrors.badArgument("intern() argument", "str", s);
                    }
                    if (s.type() != Types.STR) {
                        throw PyErrors.typeError("can't intern " + s.type().name());
                    }
                    return args.thread().newRef(PyStr.intern(str.value));
                })
                .function("getdefaultencoding", args -> PyStr.constant("utf-8"))
                .function("getfilesystemencoding", args -> PyStr.constant("utf-8"))
                .function("getfilesystemencodeerrors", args -> PyStr.constant("surrogateescape"))
                .function("displayhook", args -> displayHook(interp, args))
                .function("exit", args -> {
                    args.expectPositional("exit", 0, 1);
                    if (args.size() == 0) {
                        throw PyErrors.raiseEmpty(PyErrors.SYSTEM_EXIT);
                    }
                    throw PyErrors.raise(PyErrors.SYSTEM_EXIT, args.get(0));
                });
        sys.dict().put(ts, "__displayhook__", sys.dict().get("displayhook"));
        SysInstallation.addTo(sys, interp);
        SysHooks.addTo(sys, interp);
        SysNumbers.addTo(sys, interp);
        PyList argv = new PyList(ts);
        interp.argv().forEach(a -> argv.appendOwned(new PyStr(ts, a)));
        sys.dict().put(ts, "argv", argv);
        ts.decref(argv);
        PySet stdlib = new PySet(ts, true);
        InterpreterState.stdlibModuleNames().forEach(name -> stdlib.add(ts, PyStr.constant(name)));
        sys.dict().put(ts, "stdlib_module_names", stdlib);
        ts.decref(stdlib);
        PyList path = new PyList(ts);
        path.appendOwned(new PyStr(ts, interp.pathEntry()));
        sys.dict().put(ts, "path", path);
        ts.decref(path);
        if (interp.kind() == GilKind.FREE || interp.kind() == GilKind.UNSAFE || isAtLeast(parts, 3, 13)) {
            // 3.13's question, asked by programs with hasattr() to learn whether they run free-threaded
            sys.add("_is_gil_enabled", new PyBuiltin("_is_gil_enabled",
                    args -> PyBool.of(interp.kind() == GilKind.NEW || interp.kind() == GilKind.OLD)));
        }
        // the model takes no -W options, so sys.warnoptions is always empty (what unittest reads)
        PyList warnoptions = new PyList(ts);
        sys.dict().put(ts, "warnoptions", warnoptions);
        ts.decref(warnoptions);
        if (interp.kind() == GilKind.OLD) {
            addCheckInterval(interp, sys);
        }
        return sys;
    }

    /**
     * sys.setcheckinterval and getcheckinterval, under the old GIL only: Python 2's lock is released every
     * check interval, and 2.7 has them; CPython 3.9 removed them (AttributeError), and the new GIL and free
     * threading have no check interval to set.
     */
    private static void addCheckInterval(InterpreterState interp, PyModule sys) {
        sys.function("setcheckinterval", args -> {
            args.expectPositional("setcheckinterval", 1, 1);
            long ticks = Convert.toLong(args.get(0), "setcheckinterval");
            interp.gil().setCheckInterval((int) Math.max(1, Math.min(ticks, Integer.MAX_VALUE)));
            return PyNone.NONE;
        }).function("getcheckinterval", args -> PyInt.of(args.thread(), interp.gil().checkInterval()));
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase();
        return os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "win32"
                : os.replace(" ", "");
    }

    /** sys.implementation: the model answers as CPython of its version, whose behaviour it models. */
    private static PyObject implementation(String[] version, PyObject versionInfo, long hexversion) {
        Map<String, PyObject> fields = new LinkedHashMap<>();
        fields.put("name", PyStr.constant("cpython"));
        fields.put("cache_tag", PyStr.constant("cpython-" + version[0] + version[1]));
        fields.put("version", versionInfo);
        fields.put("hexversion", PyInt.constant(hexversion));
        fields.put("_multiarch", PyStr.constant("x86_64-linux-gnu"));
        return SimpleNamespace.constant(fields);
    }

    /** sys.flags of `python3 prog.py`: the defaults, with the environment variables CPython reads. */
    private static PyObject flags() {
        PyObject zero = PyInt.constant(0);
        PyObject dontWriteBytecode = PyInt.constant(System.getenv("PYTHONDONTWRITEBYTECODE") != null ? 1 : 0);
        // hash_randomization 0: the model's str and bytes hashes are CPython's under PYTHONHASHSEED=0
        return FLAGS.constant(zero, zero, zero, zero, dontWriteBytecode, zero, zero, zero, zero, zero, zero,
                zero, zero, PyBool.FALSE, zero, zero, PyBool.FALSE, SysNumbers.intMaxStrDigitsFlag());
    }

    private static PyObject sortedTuple(java.util.Collection<String> names) {
        return PyTuple.constant(names.stream().sorted().map(PyStr::constant).toArray(PyObject[]::new));
    }

    /** settrace/setprofile's one argument: the function to call, or null for None (tracing off). */
    private static PyObject hookFunction(Args args, String name) {
        PyObject function = args.oneArg("sys." + name);
        return function == PyNone.NONE ? null : function;
    }

    /** A new reference to {@code hook}, or None when there is none. */
    private static PyObject orNone(ThreadState ts, PyObject hook) {
        return hook == null ? PyNone.NONE : ts.newRef(hook);
    }

    /**
     * sys.excepthook(type, value, traceback): prints the traceback and the exception on sys.stderr, as
     * for an uncaught exception in the main thread.
     */
    private static PyObject excepthook(InterpreterState interp, Args args) {
        args.expectPositional("excepthook", 3, 3);
        interp.writeStderr(args.thread(), report(args.get(1)));
        return PyNone.NONE;
    }

    /** What PyErr_Display prints of {@code value}: its traceback and last line, or the complaint that it is no exception. */
    static String report(PyObject value) {
        return value instanceof PyException e ? new PythonException(e).traceback()
                : "TypeError: print_exception(): Exception expected for value, " + value.type().name() + " found\n";
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
