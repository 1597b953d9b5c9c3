package org.gillab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Jupyter keeps kernelspecs, computed the way jupyter_core.paths does, so that installing needs
 * no {@code jupyter} on PATH.
 */
final class JupyterDirs {
    private static final Path NO_JUPYTER_PREFIX = Path.of("/usr/local");

    private final Map<String, String> env;
    private final String osName;
    private final String pathSeparator;

    JupyterDirs(Map<String, String> env, String osName, String pathSeparator) {
        this.env = env;
        this.osName = osName;
        this.pathSeparator = pathSeparator;
    }

    static JupyterDirs current() {
        return new JupyterDirs(System.getenv(), System.getProperty("os.name"), java.io.File.pathSeparator);
    }

    /** The directory that holds kernelspec NAME for these options. */
    Path kernelDir(InstallOptions options) {
        Path dataDir = switch (options.scope()) {
            case USER -> userDataDir();
            case SYS_PREFIX -> sharedDataDir(sysPrefix());
            case PREFIX -> sharedDataDir(options.prefix());
        };
        return dataDir.resolve("kernels").resolve(options.name()).toAbsolutePath().normalize();
    }

    /** Mirrors jupyter_core.paths.jupyter_data_dir(). */
    Path userDataDir() {
        String dataDir = env.get("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isEmpty()) {
            return Path.of(dataDir);
        }
        if (osName.startsWith("Mac")) {
            return home().resolve("Library").resolve("Jupyter");
        }
        if (osName.startsWith("Windows") && env.containsKey("APPDATA")) {
            return Path.of(env.get("APPDATA"), "jupyter");
        }
        return xdgDataHome().resolve("jupyter");
    }

    /** $XDG_DATA_HOME, else ~/.local/share: where a program keeps its users' data (the XDG base directories). */
    Path xdgDataHome() {
        String xdg = env.get("XDG_DATA_HOME");
        return xdg == null || xdg.isEmpty() ? home().resolve(".local").resolve("share") : Path.of(xdg);
    }

    /**
     * A JVM has no sys.prefix: the prefix meant is the one of the Python environment whose {@code jupyter}
     * is first on PATH (its bin directory's parent), else /usr/local, which Jupyter always searches.
     */
    Path sysPrefix() {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String exe : new String[] {"jupyter", "jupyter.exe"}) {
                Path jupyter = Path.of(dir, exe);
                if (Files.isRegularFile(jupyter) && Files.isExecutable(jupyter)) {
                    Path parent = jupyter.toAbsolutePath().getParent().getParent();
                    return parent == null ? NO_JUPYTER_PREFIX : parent;
                }
            }
        }
        return NO_JUPYTER_PREFIX;
    }

    private static Path sharedDataDir(Path prefix) {
        return prefix.resolve("share").resolve("jupyter");
    }

    /** Like Python's os.path.expanduser("~"): $HOME first, then the account's home. */
    private Path home() {
        String home = env.get("HOME");
        return Path.of(home == null || home.isEmpty() ? System.getProperty("user.home") : home);
    }
}
