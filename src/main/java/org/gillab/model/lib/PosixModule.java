package org.gillab.model.lib;

import com.sun.jna.LastErrorException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gillab.model.WorkingDirectory;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyDict;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;
import org.gillab.model.vm.ProcessExit;

/**
 * The posix module (Modules/posixmodule.c), what the model's os.py is built on: the process, its
 * environment, files and directories, with CPython's OSError subclasses and messages. Paths are str
 * or os.PathLike, and relative ones are taken from the model's {@link WorkingDirectory}, which chdir
 * changes. The environment is the process's, copied when the interpreter starts; putenv changes the
 * model's copy.
 */
final class PosixModule {
    private PosixModule() {}

    private static final StructSequence STAT_RESULT = new StructSequence("os.stat_result", 10,
            // items 7-9 show as st_atime... in the repr, ints; the attributes of those names are the floats after them
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
            "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns");

    private static final StructSequence UNAME_RESULT = new StructSequence("posix.uname_result",
            "sysname", "nodename", "release", "version", "machine");

    private static final StructSequence TIMES_RESULT = new StructSequence("posix.times_result",
            "user", "system", "children_user", "children_system", "elapsed");

    private static final StructSequence STATVFS_RESULT = new StructSequence("os.statvfs_result", 10,
            // f_fsid is an attribute only, as in CPython
            "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag",
            "f_namemax", "f_fsid");

    private static final SecureRandom RANDOM = new SecureRandom();

    static PyModule create(InterpreterState interp) {
        ThreadState ts = interp.currentThread();
        PyModule posix = new PyModule("posix", true)
                .add("F_OK", PyInt.constant(0))
                .add("R_OK", PyInt.constant(4))
                .add("W_OK", PyInt.constant(2))
                .add("X_OK", PyInt.constant(1))
                .add("stat_result", STAT_RESULT.type())
                .add("uname_result", UNAME_RESULT.type())
                .add("times_result", TIMES_RESULT.type())
                .add("statvfs_result", STATVFS_RESULT.type())
                .function("getpid", args -> PyInt.of(args.thread(), ProcessHandle.current().pid()))
                .function("getppid", args -> PyInt.of(args.thread(),
                        ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)))
                // the ids are unsigned 32-bit numbers in C
                .function("getuid", args -> processId(args, "posix.getuid", Libc::getuid))
                .function("geteuid", args -> processId(args, "posix.geteuid", Libc::geteuid))
                .function("getgid", args -> processId(args, "posix.getgid", Libc::getgid))
                .function("getegid", args -> processId(args, "posix.getegid", Libc::getegid))
                .function("sched_getaffinity", CpuAffinity::schedGetaffinity)
                .function("sched_setaffinity", CpuAffinity::schedSetaffinity)
                .function("sched_yield", args -> {
                    args.noArgs("posix.sched_yield");
                    // sched_yield(2) without the GIL, as CPython calls it: Thread.yield is that call on Linux
                    interp.allowThreads(args.thread(), () -> {
                        Thread.yield();
                        return null;
                    });
                    return PyNone.NONE;
                })
                .function("cpu_count", args -> PyInt.of(args.thread(), Runtime.getRuntime().availableProcessors()))
                .function("getcwd", args -> new PyStr(args.thread(), getcwd()))
                .function("getcwdb", args -> new PyBytes(args.thread(), getcwd().getBytes(StandardCharsets.UTF_8), false))
                .function("chdir", args -> {
                    PyObject[] a = args.bind("chdir", 1, "path");
                    chdir(args.thread(), a[0]);
                    return PyNone.NONE;
                })
                // the number os.open gives a directory it opens (for fchdir), from the files' own count
                .function("_new_descriptor", args -> PyInt.of(args.thread(), Descriptors.next()))
                .function("getloadavg", args -> loadavg(args.thread()))
                .function("uname", args -> uname(args.thread()))
                .function("confstr", args -> {
                    args.expectPositional("confstr", 1, 1);
                    return confstr(args.thread(), confstrName(args.get(0)));
                })
                .function("times", args -> times(args.thread()))
                .function("strerror", args -> {
                    args.expectPositional("strerror", 1, 1);
                    return new PyStr(args.thread(), Errno.strerror(Convert.toLong(args.get(0), "strerror")));
                })
                .function("urandom", args -> {
                    args.expectPositional("urandom", 1, 1);
                    long n = Convert.toLong(args.get(0), "urandom");
                    if (n < 0) {
                        throw PyErrors.valueError("negative argument not allowed");
                    }
                    byte[] bytes = new byte[(int) n];
                    RANDOM.nextBytes(bytes);
                    return new PyBytes(args.thread(), bytes, false);
                })
                .function("fspath", args -> {
                    args.expectPositional("fspath", 1, 1);
                    return fspath(args.thread(), args.get(0));
                })
                .function("listdir", args -> listdir(args))
                .function("mkdir", args -> {
                    PyObject[] a = args.bind("mkdir", 1, "path", "mode");
                    String path = path(args.thread(), a[0], "mkdir", "path", PATH);
                    long mode = a[1] == null ? 0777 : Convert.toLong(a[1], "mkdir");
                    // made with mode, which the process's umask then narrows, as mkdir(2) does
                    io(path, () -> Files.createDirectory(WorkingDirectory.resolve(path),
                            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(permissions(mode))));
                    return PyNone.NONE;
                })
                .function("rmdir", args -> {
                    String path = onePath(args, "rmdir", PATH);
                    Path p = WorkingDirectory.resolve(path);
                    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw PyErrors.osError(Errno.ENOTDIR, path);
                    }
                    io(path, () -> Files.delete(p));
                    return PyNone.NONE;
                })
                .function("remove", args -> unlink(args, "remove"))
                .function("unlink", args -> unlink(args, "unlink"))
                .function("rename", args -> rename(args, "rename"))
                .function("replace", args -> rename(args, "replace"))
                .function("readlink", args -> {
                    String path = onePath(args, "readlink", PATH);
                    try {
                        return new PyStr(args.thread(), Files.readSymbolicLink(WorkingDirectory.resolve(path)).toString());
                    } catch (java.nio.file.NotLinkException e) {
                        throw PyErrors.osError(Errno.EINVAL, path);
                    } catch (IOException e) {
                        throw osError(e, path, null);
                    }
                })
                .function("symlink", args -> {
                    PyObject[] a = args.bind("symlink", 2, "src", "dst", "target_is_directory");
                    String src = path(args.thread(), a[0], "symlink", "src", PATH);
                    String dst = path(args.thread(), a[1], "symlink", "dst", PATH);
                    io(src, dst, () -> Files.createSymbolicLink(WorkingDirectory.resolve(dst), Path.of(src)));
                    return PyNone.NONE;
                })
                .function("chmod", args -> chmod(args))
                .function("utime", args -> utime(args))
                .function("stat", args -> stat(args, "stat", true))
                .function("lstat", args -> stat(args, "lstat", false))
                .function("statvfs", args -> statvfs(interp, args))
                .function("access", args -> {
                    PyObject[] a = args.bind("access", 2, "path", "mode");
                    Path p = WorkingDirectory.resolve(path(args.thread(), a[0], "access", "path", PATH));
                    long mode = Convert.toLong(a[1], "access");
                    boolean ok = Files.exists(p) && ((mode & 4) == 0 || Files.isReadable(p))
                            && ((mode & 2) == 0 || Files.isWritable(p)) && ((mode & 1) == 0 || Files.isExecutable(p));
                    return PyBool.of(ok);
                })
                // _exit(2): the process ends at once, its status n (a thread other than the main one ends alone)
                .function("_exit", args -> {
                    args.expectPositional("_exit", 1, 1);
                    long status = Convert.toLong(args.get(0), "_exit");
                    throw new ProcessExit("os._exit(" + status + ")", (int) status & 0xff);
                })
                .function("kill", args -> {
                    args.expectPositional("kill", 2, 2);
                    kill(interp, Convert.toLong(args.get(0), "kill"), Convert.toLong(args.get(1), "kill"));
                    return PyNone.NONE;
                });
        PyDict environ = new PyDict(ts);
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            PyStr value = new PyStr(ts, e.getValue());
            environ.put(ts, PyStr.constant(e.getKey()), value);
            ts.decref(value);
        }
        posix.dict().put(ts, "environ", environ);
        ts.decref(environ);
        PyDict confstrNames = confstrNamesDict(ts);
        posix.dict().put(ts, "confstr_names", confstrNames);
        ts.decref(confstrNames);
        return posix;
    }

    /** getcwd(3): the working directory, or FileNotFoundError once it has been removed. */
    private static String getcwd() {
        Path current = WorkingDirectory.current();
        if (!Files.isDirectory(current)) {
            throw PyErrors.osError(Errno.ENOENT, null);
        }
        return current.toString();
    }

    /**
     * chdir(path): a str, bytes or os.PathLike (os.py's chdir turns a descriptor into the directory it
     * was opened on before it comes here); errors name the path as given, bytes staying bytes.
     */
    private static void chdir(ThreadState ts, PyObject path) {
        if (!(path instanceof PyStr || path instanceof PyBytes || path.type().lookup("__fspath__") != null)) {
            throw PyErrors.typeError("chdir: path should be string, bytes, os.PathLike or integer, not " + path.type().name());
        }
        PyObject named = fspath(ts, path);
        try {
            String directory = fileSystemText(named);
            if (directory.indexOf('\0') >= 0) {
                throw PyErrors.valueError("embedded null byte");
            }
            WorkingDirectory.change(directory);
        } catch (IOException e) {
            throw PyErrors.osErrorNaming(errno(e), named);
        } finally {
            ts.decref(named);
        }
    }

    /**
     * os.fspath: a str or bytes as it is, else what its type's __fspath__ returns (PEP 519), as a new
     * reference.
     */
    private static PyObject fspath(ThreadState ts, PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return ts.newRef(o);
        }
        PyObject result = Slots.callOptional(ts, o, "__fspath__");
        if (result == null) {
            throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + o.type().simpleName());
        }
        if (!(result instanceof PyStr || result instanceof PyBytes)) {
            // PyOS_FSPath names both types by _PyType_Name: their __name__
            String kind = result.type().simpleName();
            ts.decref(result);
            throw PyErrors.typeError("expected " + o.type().simpleName() + ".__fspath__() to return str or bytes, not " + kind);
        }
        return result;
    }

    /** What CPython's path converter names in its TypeError: a path only, or a descriptor too. */
    private static final String PATH = "string, bytes or os.PathLike";
    private static final String PATH_OR_FD = "string, bytes, os.PathLike or integer";

    /**
     * The argument {@code name} of {@code function} as a str path; any other kind of object is refused
     * with the TypeError CPython's path converter raises ("stat: path should be string, bytes,
     * os.PathLike or integer, not NoneType"), {@code kinds} listing what the function accepts.
     */
    private static String path(ThreadState ts, PyObject o, String function, String name, String kinds) {
        boolean descriptor = o instanceof PyInt && kinds.contains("integer");
        if (!(o instanceof PyStr || o instanceof PyBytes || descriptor || o.type().lookup("__fspath__") != null)) {
            throw PyErrors.typeError(function + ": " + name + " should be " + kinds + ", not " + o.type().name());
        }
        PyObject s = fspath(ts, o);
        try {
            return fileSystemText(s);
        } finally {
            ts.decref(s);
        }
    }

    /** A path that fspath gave as the Java text of a file name: bytes decoded as the file system's UTF-8. */
    private static String fileSystemText(PyObject path) {
        return path instanceof PyBytes b ? new String(b.value(), StandardCharsets.UTF_8) : path.str();
    }

    private static String onePath(Args args, String function, String kinds) {
        PyObject[] a = args.bind(function, 1, "path");
        return path(args.thread(), a[0], function, "path", kinds);
    }

    /** A file operation that throws IOException, its failure raised as the OSError CPython raises. */
    @FunctionalInterface
    private interface FileOperation {
        void run() throws IOException;
    }

    private static void io(String path, FileOperation operation) {
        io(path, null, operation);
    }

    private static void io(String path, String path2, FileOperation operation) {
        try {
            operation.run();
        } catch (IOException e) {
            throw osError(e, path, path2);
        }
    }

    /** The OSError (a FileNotFoundError, FileExistsError...) for a Java file system failure. */
    static RuntimeException osError(IOException e, String path, String path2) {
        Errno errno = errno(e);
        return path2 == null ? PyErrors.osError(errno, path) : PyErrors.osError(errno, path, path2);
    }

    /** The errno of a Java file system failure. */
    private static Errno errno(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return Errno.EEXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return Errno.ENOTEMPTY;
        } else if (e instanceof AccessDeniedException) {
            return Errno.EACCES;
        } else if (e instanceof NotDirectoryException || reason.contains("Not a directory")) {
            return Errno.ENOTDIR;
        } else if (reason.contains("Is a directory")) {
            return Errno.EISDIR;
        }
        return Errno.EIO;
    }

    private static PyObject listdir(Args args) {
        PyObject[] a = args.bind("listdir", 0, "path");
        String path = a[0] == null || a[0] == PyNone.NONE ? "."
                : path(args.thread(), a[0], "listdir", "path", "string, bytes, os.PathLike, integer or None");
        Path dir = WorkingDirectory.resolve(path);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw PyErrors.osError(Errno.ENOTDIR, path);
        }
        List<String> names = new java.util.ArrayList<>();
        io(path, () -> {
            try (Stream<Path> entries = Files.list(dir)) {
                entries.forEach(p -> names.add(p.getFileName().toString()));
            }
        });
        ThreadState ts = args.thread();
        PyList list = new PyList(ts);
        // names come back as the path was given: bytes for a bytes path, as CPython's listdir does
        boolean asBytes = a[0] instanceof PyBytes;
        names.forEach(name -> list.appendOwned(asBytes
                ? new PyBytes(ts, name.getBytes(StandardCharsets.UTF_8), false) : new PyStr(ts, name)));
        return list;
    }

    private static PyObject unlink(Args args, String function) {
        String path = onePath(args, function, PATH);
        Path p = WorkingDirectory.resolve(path);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw PyErrors.osError(Errno.EISDIR, path);
        }
        io(path, () -> Files.delete(p));
        return PyNone.NONE;
    }

    /** rename/replace(src, dst): both replace an existing file on POSIX. */
    private static PyObject rename(Args args, String function) {
        PyObject[] a = args.bind(function, 2, "src", "dst");
        String src = path(args.thread(), a[0], function, "src", PATH);
        String dst = path(args.thread(), a[1], function, "dst", PATH);
        io(src, dst, () -> Files.move(WorkingDirectory.resolve(src), WorkingDirectory.resolve(dst),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
        return PyNone.NONE;
    }

    /** chmod(path, mode): the nine permission bits (set-id and sticky bits are not kept). */
    private static PyObject chmod(Args args) {
        PyObject[] a = args.bind("chmod", 2, "path", "mode");
        String path = path(args.thread(), a[0], "chmod", "path", PATH_OR_FD);
        long mode = Convert.toLong(a[1], "chmod");
        io(path, () -> Files.setPosixFilePermissions(WorkingDirectory.resolve(path), permissions(mode)));
        return PyNone.NONE;
    }

    /** The permissions of a mode's nine low bits. */
    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(long mode) {
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = java.util.EnumSet.noneOf(
                java.nio.file.attribute.PosixFilePermission.class);
        java.nio.file.attribute.PosixFilePermission[] bits = java.nio.file.attribute.PosixFilePermission.values();
        // values() runs OWNER_READ .. OTHERS_EXECUTE: bit 8 down to bit 0 of the mode
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1L << (8 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    /** utime(path, times=None, *, ns=None): access and modification times; None means now. */
    private static PyObject utime(Args args) {
        PyObject[] a = args.bind("utime", 1, "path", "times", "ns");
        ThreadState ts = args.thread();
        String path = path(ts, a[0], "utime", "path", PATH_OR_FD);
        boolean haveTimes = a[1] != null && a[1] != PyNone.NONE;
        boolean haveNs = a[2] != null && a[2] != PyNone.NONE;
        if (haveTimes && haveNs) {
            throw PyErrors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        FileTime atime;
        FileTime mtime;
        if (haveTimes || haveNs) {
            PyObject pair = haveTimes ? a[1] : a[2];
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw PyErrors.typeError(haveTimes ? "utime: 'times' must be either a tuple of two ints or None"
                        : "utime: 'ns' must be a tuple of two ints");
            }
            atime = fileTime(t.get(0), haveNs);
            mtime = fileTime(t.get(1), haveNs);
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        io(path, () -> Files.getFileAttributeView(WorkingDirectory.resolve(path), java.nio.file.attribute.BasicFileAttributeView.class)
                .setTimes(mtime, atime, null));
        return PyNone.NONE;
    }

    private static FileTime fileTime(PyObject value, boolean nanos) {
        if (nanos) {
            return FileTime.from(java.time.Instant.EPOCH.plusNanos(Convert.toLong(value, "utime")));
        }
        double seconds = value instanceof PyFloat f ? f.value : Convert.toLong(value, "utime");
        long whole = (long) Math.floor(seconds);
        long nano = Math.round((seconds - whole) * 1e9);
        return FileTime.from(java.time.Instant.ofEpochSecond(whole, nano));
    }

    private static PyObject stat(Args args, String function, boolean follow) {
        String path = onePath(args, function, follow ? PATH_OR_FD : PATH);
        Map<String, Object> attributes;
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            attributes = Files.readAttributes(WorkingDirectory.resolve(path), "unix:*", options);
        } catch (IOException e) {
            throw osError(e, path, null);
        }
        ThreadState ts = args.thread();
        long atime = nanos(attributes.get("lastAccessTime"));
        long mtime = nanos(attributes.get("lastModifiedTime"));
        long ctime = nanos(attributes.get("ctime"));
        return STAT_RESULT.make(ts, PyInt.of(ts, (Integer) attributes.get("mode")), PyInt.of(ts, (Long) attributes.get("ino")),
                PyInt.of(ts, (Long) attributes.get("dev")), PyInt.of(ts, (Integer) attributes.get("nlink")),
                PyInt.of(ts, (Integer) attributes.get("uid")), PyInt.of(ts, (Integer) attributes.get("gid")),
                PyInt.of(ts, (Long) attributes.get("size")), PyInt.of(ts, Math.floorDiv(atime, 1_000_000_000L)),
                PyInt.of(ts, Math.floorDiv(mtime, 1_000_000_000L)), PyInt.of(ts, Math.floorDiv(ctime, 1_000_000_000L)),
                new PyFloat(ts, atime / 1e9), new PyFloat(ts, mtime / 1e9), new PyFloat(ts, ctime / 1e9),
                PyInt.of(ts, atime), PyInt.of(ts, mtime), PyInt.of(ts, ctime));
    }

    /**
     * os.statvfs(path): statvfs(3) of the file system holding path, called without the GIL as CPython
     * does (a network file system may take its time). The descriptor form is missing: the model's
     * descriptors are not the kernel's.
     */
    private static PyObject statvfs(InterpreterState interp, Args args) {
        String path = onePath(args, "statvfs", PATH_OR_FD);
        ThreadState ts = args.thread();
        long[] buffer = new long[14];
        LastErrorException failure = interp.allowThreads(ts, () -> {
            try {
                Libc.statvfs(WorkingDirectory.resolve(path).toString(), buffer);
                return null;
            } catch (LastErrorException e) {
                return e;
            }
        });
        if (failure != null) {
            throw PyErrors.osError(failure.getErrorCode(), Errno.strerror(failure.getErrorCode()), path);
        }
        // the C struct's order: f_fsid (buffer[8]) comes before f_flag, while the result keeps it last
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 8};
        PyObject[] fields = new PyObject[order.length];
        for (int i = 0; i < order.length; i++) {
            fields[i] = PyInt.of(ts, new java.math.BigInteger(Long.toUnsignedString(buffer[order[i]])));
        }
        return STATVFS_RESULT.make(ts, fields);
    }

    private static long nanos(Object time) {
        FileTime t = (FileTime) time;
        java.time.Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** os.getloadavg(): /proc/loadavg's three averages. */
    private static PyObject loadavg(ThreadState ts) {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new PyTuple(ts, new PyObject[] {new PyFloat(ts, Double.parseDouble(parts[0])),
                    new PyFloat(ts, Double.parseDouble(parts[1])), new PyFloat(ts, Double.parseDouble(parts[2]))});
        } catch (IOException | RuntimeException e) {
            throw PyErrors.raise(PyErrors.OS_ERROR, "Load averages are unobtainable");
        }
    }

    private static PyObject uname(ThreadState ts) {
        String machine = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String node;
        try {
            node = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            node = "localhost";
        }
        String version;
        try {
            version = Files.readString(Path.of("/proc/sys/kernel/version")).trim();
        } catch (IOException e) {
            version = "";
        }
        return UNAME_RESULT.make(ts, new PyStr(ts, System.getProperty("os.name")), new PyStr(ts, node),
                new PyStr(ts, System.getProperty("os.version")), new PyStr(ts, version), new PyStr(ts, machine));
    }

    /** Linux's confstr(3) names, as CPython's os.confstr_names has them. */
    private static final Map<String, Integer> CONFSTR_NAMES = confstrNames();

    private static Map<String, Integer> confstrNames() {
        Map<String, Integer> names = new java.util.TreeMap<>(Map.of("CS_PATH", 0, "CS_GNU_LIBC_VERSION", 2, "CS_GNU_LIBPTHREAD_VERSION", 3));
        String[] flags = {"CFLAGS", "LDFLAGS", "LIBS", "LINTFLAGS"};
        String[] groups = {"LFS", "LFS64", "XBS5_ILP32_OFF32", "XBS5_ILP32_OFFBIG", "XBS5_LP64_OFF64", "XBS5_LPBIG_OFFBIG"};
        int[] firsts = {1000, 1004, 1100, 1104, 1108, 1112};
        for (int g = 0; g < groups.length; g++) {
            for (int f = 0; f < flags.length; f++) {
                names.put("CS_" + groups[g] + "_" + flags[f], firsts[g] + f);
            }
        }
        return names;
    }

    private static PyDict confstrNamesDict(ThreadState ts) {
        PyDict names = new PyDict(ts);
        CONFSTR_NAMES.forEach((name, number) -> names.put(ts, name, PyInt.constant(number)));
        return names;
    }

    /** A configuration name as os.confstr takes it: a number, or a key of confstr_names. */
    private static int confstrName(PyObject name) {
        if (name instanceof PyStr str) {
            Integer number = CONFSTR_NAMES.get(str.value);
            if (number == null) {
                throw PyErrors.valueError("unrecognized configuration name");
            }
            return number;
        }
        if (name instanceof PyInt) {
            return (int) Convert.toLong(name, "confstr");
        }
        throw PyErrors.typeError("configuration names must be strings or integers");
    }

    /** os.confstr(name): the C library's value, None when it has none, OSError(EINVAL) for an unknown number. */
    private static PyObject confstr(ThreadState ts, int name) {
        String value;
        try {
            value = Libc.confstr(name);
        } catch (com.sun.jna.LastErrorException e) {
            throw PyErrors.osError(Errno.EINVAL, null);
        }
        return value == null ? PyNone.NONE : new PyStr(ts, value);
    }

    /** getuid() and its kin: no arguments, the C id as an unsigned number. */
    private static PyObject processId(Args args, String qualname, java.util.function.IntSupplier id) {
        args.noArgs(qualname);
        return PyInt.of(args.thread(), Integer.toUnsignedLong(id.getAsInt()));
    }

    /** os.times(): the process's user and system CPU time (the JVM's), and the elapsed real time. */
    private static PyObject times(ThreadState ts) {
        double cpu = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1e9;
        }
        return TIMES_RESULT.make(ts, new PyFloat(ts, cpu), new PyFloat(ts, 0.0), new PyFloat(ts, 0.0), new PyFloat(ts, 0.0),
                new PyFloat(ts, System.nanoTime() / 1e9));
    }

    /**
     * os.kill: a signal to the model's own process is delivered to its main thread, as the signal
     * module's handlers expect; another process is ended (SIGKILL forcibly, anything else politely).
     */
    private static void kill(InterpreterState interp, long pid, long signum) {
        if (pid == ProcessHandle.current().pid()) {
            SignalModule.deliver(interp, signum);
            return;
        }
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> PyErrors.osError(Errno.ESRCH, null));
        if (signum != 0) {
            boolean sent = signum == 9 ? process.destroyForcibly() : process.destroy();
            if (!sent) {
                throw PyErrors.osError(Errno.EPERM, null);
            }
        }
    }
}
