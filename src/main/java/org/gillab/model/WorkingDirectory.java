package org.gillab.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.gillab.model.object.PyErrors;

/**
 * The model's working directory: what CPython's os.getcwd() reports and os.chdir() changes, one for
 * the whole JVM as chdir(2) changes it for every thread and interpreter of a process. It starts at
 * the JVM's own, which Java cannot change, so every relative path the model hands to Java goes
 * through {@link #resolve} rather than to Java's file APIs as it is.
 */
public final class WorkingDirectory {
    private static volatile Path current = Path.of("").toAbsolutePath();

    private WorkingDirectory() {}

    /** getcwd(3): an absolute path with no symbolic links in it (chdir resolved them). */
    public static Path current() {
        return current;
    }

    /**
     * The path a relative {@code path} names from the working directory; an absolute one as it is. A NUL
     * in it is the ValueError CPython's path arguments raise (before any system call), never Java's
     * InvalidPathException.
     */
    public static Path resolve(String path) {
        if (path.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        return current.resolve(path);
    }

    /** The path a relative {@code path} names from the working directory; an absolute one as it is. */
    public static Path resolve(Path path) {
        return current.resolve(path);
    }

    /**
     * chdir(2): makes {@code directory} (relative paths from the current one) the working directory,
     * its symbolic links and ".." resolved as the kernel resolves them. Fails as chdir(2) does: no such
     * file (the empty path included), not a directory, or no search permission.
     */
    public static synchronized void change(String directory) throws IOException {
        if (directory.isEmpty()) {
            throw new NoSuchFileException(directory);
        }
        Path target = resolve(directory).toRealPath();
        if (!Files.isDirectory(target)) {
            throw new NotDirectoryException(directory);
        }
        if (!Files.isExecutable(target)) {
            throw new AccessDeniedException(directory);
        }
        current = target;
    }
}
