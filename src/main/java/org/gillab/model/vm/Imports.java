package org.gillab.model.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gillab.model.PythonException;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.compile.CodeObject;
import org.gillab.model.compile.CompileError;
import org.gillab.model.compile.Compiler;
import org.gillab.model.compile.Marshal;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * The import system (Python/import.c and importlib's _bootstrap): __import__ with packages, relative
 * imports and from-lists. A module is found, in order, in sys.modules; among the modules implemented
 * in Java that the interpreter was given (the model's standard library, and what packages above the
 * model provide); in the model's library of modules written in Python (resources under
 * {@value #LIBRARY}); and as NAME.py or NAME/__init__.py in a directory of sys.path (the main
 * script's, or the working directory).
 */
final class Imports {
    static final String LIBRARY = "/org/gillab/model/lib/";
    /** Where tracebacks and __file__ say the library's Python modules are (CPython shows its Lib/ path). */
    static final String LIBRARY_FILES = "/gil-lab/lib/";
    /**
     * The library modules CPython 3.11 freezes into its executable (Python/frozen.c) that the model writes in
     * Python too: their code's filename is "<frozen NAME>", so a traceback through them shows that and no
     * source line, as CPython's does; __file__ is still the file. (The model's io.py is C's _io, hidden.)
     */
    private static final Set<String> FROZEN = Set.of("abc", "codecs", "_collections_abc", "genericpath", "ntpath",
            "posixpath", "os", "stat", "site", "runpy", "importlib.util", "importlib.machinery", "zipimport");

    private final InterpreterState interp;
    private final ModuleLocks locks = new ModuleLocks();
    /** Where a note on a missing standard module sends the user. */
    private static final String SEE_README = "see README, \"Where the model differs from CPython\"";
    /** sys.stdlib_module_names of CPython 3.11: a module of these the model lacks says so. */
    static final Set<String> CPYTHON_STDLIB = stdlibNames();

    Imports(InterpreterState interp) {
        this.interp = interp;
    }

    /** IMPORT_NAME (__import__): the top package for "import a.b", the module itself for a from-import. */
    PyObject importName(ThreadState ts, String name, PyDict globals, PyObject fromList, int level) {
        String absolute = level > 0 ? resolve(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw PyErrors.valueError("Empty module name");
        }
        PyModule leaf = importModule(ts, absolute);
        boolean hasFromList = fromList != PyNone.NONE && fromList.truthy();
        if (!hasFromList) {
            return ts.newRef(level == 0 && name.contains(".") ? interp.imported(name.substring(0, name.indexOf('.'))) : leaf);
        }
        if (isPackage(leaf)) {
            for (PyObject item : Ops.toList(ts, fromList)) {
                String sub = item.str();
                ts.decref(item);
                if (!sub.equals("*") && leaf.dict().get(sub) == null) {
                    try {
                        importModule(ts, absolute + "." + sub);
                    } catch (PythonException e) {
                        if (!e.is("ModuleNotFoundError")) {
                            throw e;
                        }
                        ts.decref(e.exception());
                    }
                }
            }
        }
        return ts.newRef(leaf);
    }

    /** The absolute name of a relative import from the module whose globals are given (importlib _resolve_name). */
    private static String resolve(String name, PyDict globals, int level) {
        PyObject packageValue = globals.get("__package__");
        String pkg;
        if (packageValue instanceof PyStr p) {
            pkg = p.value;
        } else {
            PyObject moduleName = globals.get("__name__");
            String module = moduleName instanceof PyStr s ? s.value : "";
            pkg = globals.get("__path__") != null ? module : module.contains(".") ? module.substring(0, module.lastIndexOf('.')) : "";
        }
        if (pkg.isEmpty() || pkg.equals("__main__") && globals.get("__path__") == null) {
            throw PyErrors.raise(PyErrors.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] parts = pkg.split("\\.");
        if (level - 1 >= parts.length) {
            throw PyErrors.raise(PyErrors.IMPORT_ERROR, "attempted relative import beyond top-level package");
        }
        String base = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports every package on the way to {@code absolute} (a, a.b, a.b.c), binding each as its parent's attribute. */
    PyModule importModule(ThreadState ts, String absolute) {
        PyModule module = importedOnceRun(ts, absolute);
        if (module != null) {
            return module;
        }
        int dot = absolute.lastIndexOf('.');
        if (dot < 0) {
            return load(ts, absolute, null);
        }
        PyModule parent = importModule(ts, absolute.substring(0, dot));
        module = importedOnceRun(ts, absolute);
        if (module != null) {
            return module;
        }
        if (!isPackage(parent)) {
            PythonException notPackage = PyErrors.raise(PyErrors.MODULE_NOT_FOUND_ERROR, "No module named '" + absolute
                    + "'; '" + parent.name() + "' is not a package");
            notPackage.exception().setStrMember(ts, "name", absolute);
            throw notPackage;
        }
        module = load(ts, absolute, parent);
        parent.dict().put(ts, absolute.substring(dot + 1), module);
        return module;
    }

    /**
     * The module sys.modules holds, once another thread running its code has finished (waiting for that
     * without the GIL: {@link ModuleLocks}); null when there is none. As import_ensure_initialized does,
     * the module found is what the import gives, even if its code failed meanwhile.
     */
    private PyModule importedOnceRun(ThreadState ts, String absolute) {
        PyModule module = interp.imported(absolute);
        if (module != null && locks.mustWait(ts, absolute)) {
            interp.allowThreads(ts, () -> {
                locks.awaitFinished(ts, absolute);
                return null;
            });
        }
        return module;
    }

    private static boolean isPackage(PyModule m) {
        return m.dict().get("__path__") != null;
    }

    /** Finds and runs one module; registered in sys.modules before it runs, so circular imports see it. */
    private PyModule load(ThreadState ts, String absolute, PyModule parent) {
        PyModule module = interp.fromProvider(absolute);
        if (module != null) {
            interp.register(absolute, module);
            return module;
        }
        Found found = find(absolute, parent);
        if (found == null) {
            throw notFound(ts, absolute);
        }
        return run(ts, absolute, found.source(), found.filename(), found.packagePath());
    }

    /**
     * importlib.reload: runs the module's source again in the module's own namespace (its old names stay
     * unless the code rebinds them) and returns it; a module written in Java is returned as it is.
     */
    PyModule reload(ThreadState ts, PyModule module) {
        String name = module.name();
        if (module.file() == null) {
            return module;
        }
        int dot = name.lastIndexOf('.');
        Found found = find(name, dot < 0 ? null : interp.imported(name.substring(0, dot)));
        if (found == null) {
            throw notFound(ts, name);
        }
        interp.execModule(ts, compile(ts, name, found.source(), found.filename()), found.source(), module.dict());
        return module;
    }

    /**
     * importlib.util.find_spec's search: where {@code absolute} would be found now, without running it, as
     * {filename, package directory or null}; null when it is nowhere. Its parent package is imported.
     */
    String[] locate(String absolute) {
        int dot = absolute.lastIndexOf('.');
        Found found = find(absolute, dot < 0 ? null : interp.imported(absolute.substring(0, dot)));
        return found == null ? null : new String[] {found.filename(), found.packagePath()};
    }

    /** The source of one of the model's library modules by the filename its module has, or null for another file. */
    static String librarySource(String filename) {
        if (!filename.startsWith(LIBRARY_FILES)) {
            return null;
        }
        String resource = LIBRARY + filename.substring(LIBRARY_FILES.length());
        return exists(resource) ? readResource(resource) : null;
    }

    /** A module's source, where tracebacks say it is, and its package directory when it is a package. */
    private record Found(String source, String filename, String packagePath) {}

    /** The model's own library first (CPython's Lib/), then the program's directory or the parent package's. */
    private Found find(String absolute, PyModule parent) {
        String resource = LIBRARY + absolute.replace('.', '/');
        if (exists(resource + ".py")) {
            return new Found(readResource(resource + ".py"), LIBRARY_FILES + absolute.replace('.', '/') + ".py", null);
        }
        if (exists(resource + "/__init__.py")) {
            return new Found(readResource(resource + "/__init__.py"), LIBRARY_FILES + absolute.replace('.', '/') + "/__init__.py",
                    resource);
        }
        for (Path dir : parent == null ? searchPath() : packageDirectory(parent)) {
            String leaf = absolute.substring(absolute.lastIndexOf('.') + 1);
            Path file = dir.resolve(leaf + ".py");
            Path init = dir.resolve(leaf).resolve("__init__.py");
            if (Files.isRegularFile(file)) {
                return new Found(readFile(file), file.toString(), null);
            }
            if (Files.isRegularFile(init)) {
                return new Found(readFile(init), init.toString(), dir.resolve(leaf).toString());
            }
        }
        return null;
    }

    /**
     * ModuleNotFoundError "No module named ...", with a note when CPython's standard library has it. Of a
     * standard package's submodules only the package's name is listed, so for those the note cannot say
     * whether CPython has the submodule (a typo in "json.decodr" is not a missing module).
     */
    private static PythonException notFound(ThreadState ts, String absolute) {
        PythonException missing = PyErrors.raise(PyErrors.MODULE_NOT_FOUND_ERROR, "No module named '" + absolute + "'");
        missing.exception().setStrMember(ts, "name", absolute);
        if (CPYTHON_STDLIB.contains(absolute)) {
            addNote(ts, missing, "GIL Lab: the model does not implement the standard module '" + absolute
                    + "' (CPython 3.11 has it); " + SEE_README);
        } else if (CPYTHON_STDLIB.contains(absolute.split("\\.")[0])) {
            addNote(ts, missing, "GIL Lab: the model's standard library has no '" + absolute
                    + "'; if CPython 3.11 has it, " + SEE_README);
        }
        return missing;
    }

    private static void addNote(ThreadState ts, PythonException e, String note) {
        PyList notes = new PyList(ts);
        notes.appendOwned(new PyStr(ts, note));
        e.exception().dictOrNull().put(ts, "__notes__", notes);
        ts.decref(notes);
    }

    /**
     * Where a top-level module is looked for on disk: sys.path's str entries, a relative one ('' too)
     * taken from the working directory, as CPython's path finder makes each absolute; before the
     * program imports sys, the sys.path it will start with.
     */
    private List<Path> searchPath() {
        PyModule sys = interp.imported("sys");
        PyObject entries = sys == null ? null : sys.dict().get("path");
        if (entries == null) {
            return List.of(WorkingDirectory.resolve(interp.pathEntry()));
        }
        List<Path> directories = new ArrayList<>();
        if (entries instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof PyStr entry) {
                    try {
                        directories.add(WorkingDirectory.resolve(entry.value));
                    } catch (InvalidPathException notAPath) {
                        // an entry no file can be in, skipped as the path finder skips it
                    }
                }
            }
        }
        return directories;
    }

    /** A package's directory (__path__[0]) when it is a file on disk. */
    private static List<Path> packageDirectory(PyModule pkg) {
        PyObject path = pkg.dict().get("__path__");
        if (path instanceof PyList list && list.size() > 0 && !list.get(0).str().startsWith(LIBRARY)) {
            return List.of(WorkingDirectory.resolve(list.get(0).str()));
        }
        return List.of();
    }

    /** Runs a module's source as a new module named {@code absolute}; {@code packagePath} set for a package. */
    private PyModule run(ThreadState ts, String absolute, String source, String filename, String packagePath) {
        PyModule module = new PyModule(absolute, false, filename);
        PyDict dict = module.dict();
        dict.put(ts, "__name__", PyStr.constant(absolute));
        if (!filename.startsWith("<frozen")) {
            PyStr file = new PyStr(ts, filename);
            dict.put(ts, "__file__", file);
            ts.decref(file);
        }
        if (packagePath != null) {
            PyList path = new PyList(ts);
            path.appendOwned(new PyStr(ts, packagePath));
            dict.put(ts, "__path__", path);
            ts.decref(path);
            dict.put(ts, "__package__", PyStr.constant(absolute));
        } else {
            dict.put(ts, "__package__", PyStr.constant(absolute.contains(".") ? absolute.substring(0, absolute.lastIndexOf('.')) : ""));
        }
        dict.put(ts, "__spec__", PyNone.NONE);
        dict.put(ts, "__builtins__", interp.builtins); // CPython's import gives a module the builtins dict
        locks.started(ts, absolute);
        interp.register(absolute, module);
        try {
            interp.execModule(ts, compile(ts, absolute, source, filename), source, dict);
        } catch (RuntimeException e) {
            interp.unregister(absolute);
            dict.clear(ts); // the module is gone from sys.modules: what it made is released
            throw e;
        } finally {
            locks.finished(absolute);
        }
        return module;
    }

    /**
     * The standard library's modules loaded once per JVM (compiled at build time, as CPython's are into .pyc files):
     * a code object belongs to no interpreter (each makes its own PyCode, caches and constants from it),
     * so a pool worker's next program, a notebook's second session or a --reset imports them without
     * compiling again.
     */
    private static final Map<String, CodeObject> LIBRARY_CODE = new ConcurrentHashMap<>();

    /** A module's code; what the compiler rejects is the SyntaxError the importing program sees. */
    private CodeObject compile(ThreadState ts, String absolute, String source, String filename) {
        try {
            if (!filename.startsWith(LIBRARY_FILES)) {
                return Compiler.compile(source, filename, interp::warn);
            }
            String codeFilename = FROZEN.contains(absolute) ? "<frozen " + absolute + ">" : filename;
            return LIBRARY_CODE.computeIfAbsent(filename, f -> compiledAtBuild(source, f, codeFilename));
        } catch (CompileError e) {
            throw PyErrors.compileError(ts, e);
        }
    }

    /**
     * A library module's code as CompileAll wrote it at build time, its filename {@code codeFilename}; compiled
     * now if that is missing or out of date.
     */
    private CodeObject compiledAtBuild(String source, String filename, String codeFilename) {
        String cache = LIBRARY + Marshal.cacheFromSource(filename.substring(LIBRARY_FILES.length()));
        try (InputStream in = Imports.class.getResourceAsStream(cache)) {
            CodeObject code = in == null ? null : Marshal.load(in.readAllBytes(), source, codeFilename);
            if (code != null) {
                return code;
            }
        } catch (IOException unreadable) {
            // compiled from source below, as importlib does when it cannot read a .pyc
        }
        return Compiler.compile(source, codeFilename, interp::warn);
    }

    private static boolean exists(String resource) {
        return Imports.class.getResource(resource) != null;
    }

    private static String readResource(String resource) {
        try (InputStream in = Imports.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyErrors.raise(PyErrors.IMPORT_ERROR, "cannot read the model's module " + resource + ": " + e.getMessage());
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw PyErrors.raise(PyErrors.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** IMPORT_FROM: the module's attribute, or its submodule, else CPython's "cannot import name". */
    PyObject importFrom(ThreadState ts, PyObject module, String name) {
        try {
            return module.getAttr(ts, name);
        } catch (PythonException e) {
            if (!e.is("AttributeError")) {
                throw e;
            }
            ts.decref(e.exception());
        }
        if (module instanceof PyModule m) {
            PyModule sub = interp.imported(m.name() + "." + name);
            if (sub != null) {
                return ts.newRef(sub);
            }
        }
        String moduleName = module instanceof PyModule m ? m.name() : module.str();
        String file = module instanceof PyModule m ? m.file() : null;
        PythonException error = PyErrors.raise(PyErrors.IMPORT_ERROR, "cannot import name '" + name + "' from '" + moduleName
                + "' (" + (file != null ? file : "unknown location") + ")");
        error.exception().setStrMember(ts, "name", moduleName);
        if (file != null) {
            error.exception().setStrMember(ts, "path", file);
        }
        throw error;
    }

    /** from module import *: __all__, or every name not starting with an underscore. */
    void importStar(ThreadState ts, PyObject module, PyObject locals) {
        if (!(module instanceof PyModule m)) {
            throw PyErrors.typeError("from-import-* object has no __dict__ and no __all__");
        }
        PyObject all = m.dict().get("__all__");
        List<PyObject> names;
        if (all != null) {
            names = Ops.toList(ts, all);
        } else {
            names = new java.util.ArrayList<>();
            for (var e : m.dict().snapshot()) {
                if (!e.getKey().str().startsWith("_")) {
                    names.add(ts.newRef(e.getKey()));
                }
            }
        }
        try {
            for (PyObject name : names) {
                PyObject value = importFrom(ts, m, name.str());
                try {
                    Ops.setItem(ts, locals, name, value);
                } finally {
                    ts.decref(value);
                }
            }
        } finally {
            names.forEach(ts::decref);
        }
    }

    private static Set<String> stdlibNames() {
        try (InputStream in = Imports.class.getResourceAsStream(LIBRARY + "stdlib_module_names.txt")) {
            if (in == null) {
                return Set.of();
            }
            return Set.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+"));
        } catch (IOException e) {
            return Set.of();
        }
    }
}
