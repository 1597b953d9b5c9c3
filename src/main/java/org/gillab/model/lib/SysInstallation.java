package org.gillab.model.lib;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gillab.model.gil.GilKind;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * sys's facts about the installation and the build (Python/sysmodule.c, Modules/getpath.py): the
 * executable, prefix and exec_prefix, platlibdir, abiflags, api_version, the original command line. The
 * model stands for a CPython of its version on PATH: the first {@code pythonX.Y} (else {@code python3})
 * there whose installation holds that version's standard library (getpath's landmark,
 * lib/pythonX.Y/os.py) is sys.executable, so that {@code subprocess.run([sys.executable, ...])} starts a
 * Python as on CPython (that child runs on CPython, not on the model), and its installation is the
 * prefix. Without one, the executable is the first such program on PATH at all, or "" as CPython gives
 * when it cannot tell, and the prefix configure's default /usr/local, as getpath falls back to. The model
 * runs in no virtual environment, so the base_ prefixes are the same.
 */
final class SysInstallation {
    private SysInstallation() {}

    /** PYTHON_API_VERSION (Include/modsupport.h): unchanged since 3.x's early days, 1013 in 3.9 and 3.11. */
    private static final long API_VERSION = 1013;

    /** configure's default --prefix, where getpath looks when it finds no landmark beside the executable. */
    private static final String DEFAULT_PREFIX = "/usr/local";

    private static final String COPYRIGHT = String.join("\n",
            "Copyright (c) 2001-2023 Python Software Foundation.", "All Rights Reserved.", "",
            "Copyright (c) 2000 BeOpen.com.", "All Rights Reserved.", "",
            "Copyright (c) 1995-2001 Corporation for National Research Initiatives.", "All Rights Reserved.", "",
            "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.", "All Rights Reserved.");

    static PyModule addTo(PyModule sys, InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        Installation installation = Installation.find(interp.profile().shortName());
        PyStr prefix = PyStr.constant(installation.prefix());
        String pycachePrefix = System.getenv("PYTHONPYCACHEPREFIX");
        sys.add("executable", PyStr.constant(installation.executable()))
                .add("prefix", prefix)
                .add("base_prefix", prefix)
                .add("exec_prefix", prefix)
                .add("base_exec_prefix", prefix)
                .add("platlibdir", PyStr.constant("lib"))
                // PEP 703's "t" marks a free-threaded build, which --gil free models
                .add("abiflags", PyStr.constant(interp.kind() == GilKind.FREE ? "t" : ""))
                .add("api_version", PyInt.constant(API_VERSION))
                .add("pycache_prefix", pycachePrefix == null || pycachePrefix.isEmpty() ? PyNone.NONE : PyStr.constant(pycachePrefix))
                // a release built from a source tarball: no git revision
                .add("_git", PyTuple.constant(new PyObject[] {PyStr.constant("CPython"), PyStr.constant(""), PyStr.constant("")}))
                .add("copyright", PyStr.constant(COPYRIGHT));
        // the model takes no -X options
        PyDict xoptions = new PyDict(ts);
        sys.dict().put(ts, "_xoptions", xoptions);
        ts.decref(xoptions);
        // the command line of `python3 prog.py args`, as the model runs it: the interpreter, then sys.argv
        PyList origArgv = new PyList(ts);
        origArgv.appendOwned(ts.newRef(sys.dict().get("executable")));
        interp.argv().forEach(a -> origArgv.appendOwned(new PyStr(ts, a)));
        sys.dict().put(ts, "orig_argv", origArgv);
        ts.decref(origArgv);
        return sys;
    }

    /** The CPython the model stands for: the program on PATH, and the installation it belongs to. */
    private record Installation(String executable, String prefix) {
        static Installation find(String version) {
            String fallback = "";
            for (String name : new String[] {"python" + version, "python3"}) {
                for (Path candidate : onPath(name)) {
                    Path home = home(candidate);
                    if (home != null && Files.isRegularFile(home.resolve("lib/python" + version + "/os.py"))) {
                        return new Installation(candidate.toString(), home.toString());
                    }
                    fallback = fallback.isEmpty() ? candidate.toString() : fallback;
                }
            }
            return new Installation(fallback, DEFAULT_PREFIX);
        }

        /** The executables of that name on PATH, in its order. */
        private static List<Path> onPath(String name) {
            String path = System.getenv("PATH");
            List<Path> found = new ArrayList<>();
            for (String directory : path == null ? new String[0] : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory.isEmpty() ? "." : directory, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    found.add(candidate);
                }
            }
            return found;
        }

        /** The installation an executable belongs to (the parent of its real bin/), or null for a broken link. */
        private static Path home(Path executable) {
            try {
                Path bin = executable.toRealPath().getParent();
                return bin == null ? null : bin.getParent();
            } catch (IOException unreadable) {
                return null;
            }
        }
    }
}
