package org.gillab.model.lib;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gillab.model.object.PyModule;
import org.gillab.model.vm.InterpreterState;

/**
 * The model's standard library: the modules it implements in Java, one class each, named after the
 * module and naming the CPython file it mirrors. Modules written in Python live beside this class as
 * resources ({@code org/gillab/model/lib/NAME.py}); the interpreter's import system finds those itself.
 */
public final class StandardLibrary {
    private StandardLibrary() {}

    /** The modules written in Java, by name (sys.builtin_module_names lists them). */
    private static final Map<String, Function<InterpreterState, PyModule>> JAVA_MODULES = Map.ofEntries(
            Map.entry("_thread", ThreadModule::create),
            Map.entry("_queue", QueueModule::create),
            Map.entry("atexit", AtexitModule::create),
            Map.entry("time", TimeModule::create),
            Map.entry("_strptime", interp -> StrptimeModule.create()),
            Map.entry("sys", SysModule::create),
            Map.entry("posix", PosixModule::create),
            Map.entry("math", interp -> MathModule.create()),
            Map.entry("_signal", SignalModule::create),
            Map.entry("_random", interp -> RandomModule.create()),
            Map.entry("_sha512", HashlibModule::sha512),
            Map.entry("_blake2", HashlibModule::blake2),
            Map.entry("_hashlib", HashlibModule::create),
            Map.entry("zlib", ZlibModule::create),
            Map.entry("_bz2", Bz2Module::create),
            Map.entry("_lzma", LzmaModule::create),
            Map.entry("_struct", interp -> StructModule.create()),
            Map.entry("array", interp -> ArrayModule.create()),
            Map.entry("binascii", interp -> BinasciiModule.create()),
            Map.entry("itertools", interp -> ItertoolsModule.create()),
            Map.entry("_collections", interp -> CollectionsModule.create()),
            Map.entry("linecache", LinecacheModule::create),
            Map.entry("_traceback", interp -> TracebackModule.create()),
            Map.entry("_dis", interp -> DisModule.create()),
            Map.entry("_ast", interp -> AstModule.create()),
            Map.entry("_heapq", interp -> HeapqModule.create()),
            Map.entry("_bisect", interp -> BisectModule.create()),
            Map.entry("_functools", interp -> FunctoolsModule.create()),
            Map.entry("_operator", interp -> OperatorModule.create()),
            Map.entry("_weakref", interp -> WeakrefModule.create()),
            Map.entry("_io", IoModule::create),
            Map.entry("_socket", SocketModule::create),
            Map.entry("select", SelectModule::create),
            Map.entry("_sre", ReModule::create),
            Map.entry("_posixsubprocess", PosixSubprocessModule::create),
            Map.entry("gc", GcModule::create),
            Map.entry("_tracemalloc", TracemallocModule::create),
            Map.entry("errno", ErrnoModule::create),
            Map.entry("resource", interp -> ResourceModule.create()),
            Map.entry("pwd", interp -> PwdModule.create()),
            Map.entry("grp", interp -> GrpModule.create()),
            Map.entry("_imp", ImpModule::create),
            Map.entry("_abc", interp -> AbcModule.create()),
            Map.entry("_typeobject", interp -> TypeObjectModule.create()),
            Map.entry("unicodedata", interp -> UnicodedataModule.create()),
            Map.entry("_posixshmem", interp -> PosixShmemModule.create()),
            Map.entry("mmap", interp -> MmapModule.create()),
            Map.entry("_lsprof", interp -> LsprofModule.create()),
            Map.entry("cmath", interp -> CmathModule.create()),
            Map.entry("_sqlite3", SqliteModule::create),
            Map.entry("_ctypes", CtypesModule::create),
            Map.entry("_codecs", CodecsModule::create));

    /** A fresh module {@code name} for {@code interp}, or null when the model has no Java module of that name. */
    public static PyModule create(InterpreterState interp, String name) {
        Function<InterpreterState, PyModule> make = JAVA_MODULES.get(name);
        return make == null ? null : make.apply(interp);
    }

    /** The names of the modules written in Java, with builtins. */
    static Set<String> javaModules() {
        Set<String> names = new java.util.TreeSet<>(JAVA_MODULES.keySet());
        names.add("builtins");
        return names;
    }
}
