package org.gillab.model.lib;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.gillab.model.object.Args;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * The _posixshmem module (Modules/_multiprocessing/posixshmem.c), what multiprocessing.shared_memory
 * stands on: shm_unlink as CPython's, and, in place of shm_open followed by mmap.mmap (the model has no
 * descriptors of the process's own to pass between them), shm_map(path, create, size), which opens a
 * segment, the file /dev/shm/NAME, and maps it shared in one step: an mmap.mmap ({@link PyMmap}), so
 * every process that maps it, CPython's too, reads what the others write.
 */
final class PosixShmemModule {
    private PosixShmemModule() {}

    static PyModule create() {
        return new PyModule("_posixshmem", true)
                .function("shm_map", args -> {
                    args.checkPositional("shm_map", "_posixshmem.shm_map", 3, 3);
                    return map(args.thread(), path(args, "shm_map"), args.get(1).truthy(),
                            Clinic.ssize(args.thread(), args.get(2)));
                })
                .function("shm_unlink", args -> {
                    args.oneArg("_posixshmem.shm_unlink");
                    unlink(path(args, "shm_unlink"));
                    return PyNone.NONE;
                });
    }

    private static String path(Args args, String function) {
        if (!(args.get(0) instanceof PyStr path)) {
            throw PyErrors.badArgument(function + "() argument 'path'", "str", args.get(0));
        }
        return path.value;
    }

    private static Path segment(String path) {
        return Path.of("/dev/shm", path.replaceFirst("^/+", ""));
    }

    /**
     * Maps the segment {@code path} ("/NAME", as shm_open takes it): a new one of {@code size} bytes, only
     * readable and writable by its owner, when {@code create}, else the existing one, whole. FileExistsError
     * and FileNotFoundError name the path, as CPython's do.
     */
    private static PyMmap map(ThreadState ts, String path, boolean create, long size) {
        FileChannel channel;
        long length;
        try {
            channel = create
                    ? FileChannel.open(segment(path), EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                            StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : FileChannel.open(segment(path), StandardOpenOption.READ, StandardOpenOption.WRITE);
            length = create ? size : channel.size();
        } catch (FileAlreadyExistsException e) {
            throw PyErrors.osError(Errno.EEXIST, path);
        } catch (NoSuchFileException e) {
            throw PyErrors.osError(Errno.ENOENT, path);
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, path);
        }
        // Mapping past the end of a new segment's file extends it, as ftruncate does for CPython.
        return PyMmap.ofFile(ts, MmapModule.MMAP, PyMmap.Access.DEFAULT, FileChannel.MapMode.READ_WRITE, channel, 0, (int) length);
    }

    /** shm_unlink(path): removes the segment's name; mappings of it stay until closed. */
    private static void unlink(String path) {
        try {
            Files.delete(segment(path));
        } catch (NoSuchFileException e) {
            throw PyErrors.osError(Errno.ENOENT, path);
        } catch (IOException e) {
            throw PyErrors.osError(Errno.EIO, path);
        }
    }
}
