package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JupyterDirsTest {
    @TempDir
    Path tmp;

    @Test
    void userInstallsGoUnderTheXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/home/ada/.local/share/jupyter/kernels/gil-lab"),
                linux(Map.of("HOME", "/home/ada")).kernelDir(InstallOptions.parse()));
        assertEquals(Path.of("/data/jupyter/kernels/gil-lab"),
                linux(Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "/data")).kernelDir(InstallOptions.parse("--user")));
    }

    @Test
    void jupyterDataDirWinsAsInJupyterCore() {
        assertEquals(Path.of("/jd/kernels/k"),
                linux(Map.of("HOME", "/home/ada", "XDG_DATA_HOME", "/data", "JUPYTER_DATA_DIR", "/jd"))
                        .kernelDir(InstallOptions.parse("--name", "k")));
    }

    @Test
    void macOsUsesLibraryJupyter() {
        JupyterDirs mac = new JupyterDirs(Map.of("HOME", "/Users/ada"), "Mac OS X", ":");
        assertEquals(Path.of("/Users/ada/Library/Jupyter/kernels/gil-lab"), mac.kernelDir(InstallOptions.parse()));
    }

    @Test
    void prefixInstallsGoUnderPrefixShareJupyter() {
        assertEquals(Path.of("/opt/env/share/jupyter/kernels/gil-lab"),
                linux(Map.of()).kernelDir(InstallOptions.parse("--prefix", "/opt/env")));
    }

    @Test
    void aRelativePrefixIsMadeAbsolute() {
        Path dir = linux(Map.of()).kernelDir(InstallOptions.parse("--prefix", "target/jupyter"));
        assertEquals(Path.of("target/jupyter/share/jupyter/kernels/gil-lab").toAbsolutePath(), dir);
    }

    @Test
    void sysPrefixIsThePrefixOfTheJupyterOnPath() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty/bin"));
        Path env = Files.createDirectories(tmp.resolve("venv/bin"));
        Files.createFile(env.resolve("jupyter"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        JupyterDirs dirs = linux(Map.of("PATH", empty + "::" + env));
        assertEquals(tmp.resolve("venv/share/jupyter/kernels/gil-lab"), dirs.kernelDir(InstallOptions.parse("--sys-prefix")));
    }

    @Test
    void sysPrefixIsUsrLocalWithoutJupyterOnPath() throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createFile(bin.resolve("jupyter")); // not executable: not a command
        assertEquals(Path.of("/usr/local"), linux(Map.of("PATH", bin.toString())).sysPrefix());
        assertEquals(Path.of("/usr/local"), linux(Map.of()).sysPrefix());
    }

    private static JupyterDirs linux(Map<String, String> env) {
        return new JupyterDirs(env, "Linux", ":");
    }
}
