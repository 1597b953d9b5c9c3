package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyStr;

/**
 * The _posixshmem module (Modules/_multiprocessing/posixshmem.c), what multiprocessing.shared_memory
 * stands on: shm_unlink as CPython's, and, in place of shm_open and the mmap module the model lacks,
 * shm_map(path, create, size), which opens and maps a segment in one step ({@link SharedMapping}).
 */
final class PosixShmemModule {
    private PosixShmemModule() {}

    static PyModule create() {
        return new PyModule("_posixshmem", true)
                .function("shm_map", args -> {
                    Clinic.positional(args, "_posixshmem.shm_map", "shm_map", 3, 3);
                    return SharedMapping.map(args.thread(), path(args, "shm_map"), args.get(1).truthy(),
                            Clinic.ssize(args.thread(), args.get(2)));
                })
                .function("shm_unlink", args -> {
                    Clinic.one(args, "_posixshmem.shm_unlink");
                    SharedMapping.unlink(path(args, "shm_unlink"));
                    return PyNone.NONE;
                });
    }

    private static String path(Args args, String function) {
        if (!(args.get(0) instanceof PyStr path)) {
            throw PyErrors.typeError(function + "() argument 'path' must be str, not " + args.get(0).type().name());
        }
        return path.value;
    }
}
