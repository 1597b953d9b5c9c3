package org.gillab.model.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The linecache module (Lib/linecache.py): the lines of source files, for traceback. In Java here because
 * the sources it must find first are the interpreter's own: the program and every module it compiled,
 * including the model's library, which is no file on disk (CPython reaches such modules through their
 * loader's get_source). Other files are read from disk, and re-read when checkcache sees them changed.
 * Written for the model, not copied.
 */
final class LinecacheModule {
    private LinecacheModule() {}

    /** A file's lines (each ending in a newline) and what it looked like on disk when read. */
    private record Entry(List<String> lines, long size, long modified) {}

    static PyModule create(InterpreterState interp) {
        Map<String, Entry> cache = new ConcurrentHashMap<>();
        return new PyModule("linecache", true)
                .function("getline", args -> {
                    PyObject[] a = args.bind("getline", 2, "filename", "lineno", "module_globals");
                    List<String> lines = lines(interp, cache, a[0].str());
                    long lineno = Convert.toLong(a[1], "getline");
                    return new PyStr(args.thread(), lineno >= 1 && lineno <= lines.size() ? lines.get((int) lineno - 1) : "");
                })
                .function("getlines", args -> {
                    PyObject[] a = args.bind("getlines", 1, "filename", "module_globals");
                    return list(args.thread(), lines(interp, cache, a[0].str()));
                })
                .function("updatecache", args -> {
                    PyObject[] a = args.bind("updatecache", 1, "filename", "module_globals");
                    cache.remove(a[0].str());
                    return list(args.thread(), lines(interp, cache, a[0].str()));
                })
                .function("checkcache", args -> {
                    PyObject[] a = args.bind("checkcache", 0, "filename");
                    checkcache(cache, a[0] == null || a[0] == PyNone.NONE ? null : a[0].str());
                    return PyNone.NONE;
                })
                .function("clearcache", args -> {
                    args.expectPositional("clearcache", 0, 0);
                    cache.clear();
                    return PyNone.NONE;
                })
                .function("lazycache", LinecacheModule::lazycache);
    }

    /** The interpreter compiled every module whose globals could be given, so nothing is left to load lazily. */
    private static PyObject lazycache(Args args) {
        args.bind("lazycache", 2, "filename", "module_globals");
        return PyBool.FALSE;
    }

    private static PyObject list(ThreadState ts, List<String> lines) {
        PyList list = new PyList(ts);
        for (String line : lines) {
            list.appendOwned(new PyStr(ts, line));
        }
        return list;
    }

    /** The file's lines: from the cache, the interpreter's sources, or the disk; none for "<string>" and the like. */
    private static List<String> lines(InterpreterState interp, Map<String, Entry> cache, String filename) {
        if (filename.isEmpty() || filename.startsWith("<") && filename.endsWith(">")) {
            return List.of();
        }
        Entry cached = cache.get(filename);
        if (cached != null) {
            return cached.lines();
        }
        List<String> compiled = interp.sourceLines(filename);
        if (compiled != null) {
            Entry entry = new Entry(withNewlines(compiled), -1, -1);
            cache.put(filename, entry);
            return entry.lines();
        }
        Path file = locate(interp, filename);
        if (file == null) {
            return List.of();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Entry entry = new Entry(withNewlines(text.lines().toList()), attributes.size(),
                    attributes.lastModifiedTime().toMillis());
            cache.put(filename, entry);
            return entry.lines();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The file as named (a relative name from the working directory), else (for a relative name) in the
     * main script's directory, as sys.path[0] would find it.
     */
    private static Path locate(InterpreterState interp, String filename) {
        Path path;
        try {
            path = Path.of(filename);
        } catch (java.nio.file.InvalidPathException notAPath) {
            return null;
        }
        Path named = WorkingDirectory.resolve(path);
        if (Files.isRegularFile(named)) {
            return named;
        }
        if (!path.isAbsolute() && interp.path() != null && Files.isRegularFile(interp.path().resolve(path))) {
            return interp.path().resolve(path);
        }
        return null;
    }

    private static List<String> withNewlines(List<String> lines) {
        List<String> result = new ArrayList<>(lines.size());
        for (String line : lines) {
            result.add(line + "\n");
        }
        return List.copyOf(result);
    }

    /** Drops cached files that changed on disk (or all such, with no name); the interpreter's sources never change. */
    private static void checkcache(Map<String, Entry> cache, String filename) {
        for (String name : filename == null ? List.copyOf(cache.keySet()) : List.of(filename)) {
            Entry entry = cache.get(name);
            if (entry == null || entry.size() < 0) {
                continue;
            }
            try {
                BasicFileAttributes now = Files.readAttributes(WorkingDirectory.resolve(name), BasicFileAttributes.class);
                if (now.size() != entry.size() || now.lastModifiedTime().toMillis() != entry.modified()) {
                    cache.remove(name);
                }
            } catch (IOException e) {
                cache.remove(name);
            }
        }
    }
}
