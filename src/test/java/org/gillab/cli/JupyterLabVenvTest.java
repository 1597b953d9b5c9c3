package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JupyterLabVenvTest {
    @Test
    void pipIsPointedOnlyAtTheLocalIndexesItsConfigurationNames() {
        String configList = """
                :env:.default-timeout='180'
                :env:.find-links='/opt/wheels'
                global.extra-index-url='file:///opt/pypi/simple file:///opt/pypi-more/simple https://example.org/simple'
                global.find-links='/opt/wheels'
                """;
        assertEquals(List.of("--index-url", "file:///opt/pypi/simple", "--extra-index-url", "file:///opt/pypi-more/simple"),
                JupyterLabVenv.localIndexes(configList));
        assertEquals(List.of("--no-index", "--find-links", "/opt/wheels"), JupyterLabVenv.localFindLinks(configList));
    }

    @Test
    void localFindLinksComeWithNoIndex() {
        assertEquals(List.of("--no-index", "--find-links", "/opt/wheels", "--find-links", "file:///srv/wheels"),
                JupyterLabVenv.localFindLinks("global.find-links='/opt/wheels https://example.org/wheels file:///srv/wheels'\n"));
    }

    @Test
    void remoteOnlyConfigurationsNameNoLocalSource() {
        String remote = "global.index-url='https://pypi.example.org/simple'\nglobal.find-links='https://example.org/wheels'\n";
        assertEquals(List.of(), JupyterLabVenv.localIndexes(remote));
        assertEquals(List.of(), JupyterLabVenv.localFindLinks(remote));
        assertEquals(List.of(), JupyterLabVenv.localIndexes(""));
    }

    @Test
    void theVenvIsInTheUsersDataDirectoryAndNotInstalledUntilPipFinished() {
        JupyterDirs dirs = new JupyterDirs(java.util.Map.of("HOME", "/home/ada"), "Linux", ":");
        JupyterLabVenv venv = JupyterLabVenv.forUser(dirs);
        assertEquals(Path.of("/home/ada/.local/share/gil-lab/jupyterlab/bin/jupyter-lab"), venv.jupyterLab());
        assertFalse(venv.isInstalled());
    }
}
