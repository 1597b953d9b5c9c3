package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gillab.cli.InstallOptions.Scope;
import org.junit.jupiter.api.Test;

class InstallOptionsTest {

    @Test
    void noArgumentsMeanAUserInstallOfGilLab() {
        InstallOptions options = InstallOptions.parse();
        assertEquals(Scope.USER, options.scope());
        assertEquals("gil-lab", options.name());
        assertNull(options.prefix());
        assertNull(options.displayName());
        assertTrue(options.classDataArchive(), "the archive is made unless asked not to");
    }

    @Test
    void noCdsSkipsTheArchive() {
        assertFalse(InstallOptions.parse("--prefix", "target/jupyter", "--no-cds").classDataArchive());
    }

    @Test
    void prefixNameAndDisplayNameAreRead() {
        InstallOptions options = InstallOptions.parse(
                "--prefix", "target/jupyter", "--name", "gil-lab-jdk25", "--display-name", "Java 25 (GIL Lab)");
        assertEquals(Scope.PREFIX, options.scope());
        assertEquals(Path.of("target/jupyter"), options.prefix());
        assertEquals("gil-lab-jdk25", options.name());
        assertEquals("Java 25 (GIL Lab)", options.displayName());
    }

    @Test
    void sysPrefixAndUserAreScopes() {
        assertEquals(Scope.SYS_PREFIX, InstallOptions.parse("--sys-prefix").scope());
        assertEquals(Scope.USER, InstallOptions.parse("--user", "--user").scope());
    }

    @Test
    void namesAreLowerCasedAsJupyterDoes() {
        assertEquals("gil.lab_2", InstallOptions.parse("--name", "GIL.Lab_2").name());
    }

    @Test
    void badArgumentsAreRefusedWithAMessageThatSaysWhatToDo() {
        assertMessage("unknown option --global", "--global");
        assertMessage("unexpected argument 'gil-lab'", "gil-lab");
        assertMessage("--prefix needs a DIR", "--prefix");
        assertMessage("--prefix needs a DIR", "--prefix", "--name", "x");
        assertMessage("--name needs a NAME", "--name");
        assertMessage("--display-name needs a TEXT", "--display-name");
        assertMessage("invalid kernel name 'gil lab'", "--name", "gil lab");
        assertMessage("invalid kernel name 'gil/lab'", "--name", "gil/lab");
        assertMessage("choose one of --user, --sys-prefix, --prefix DIR", "--user", "--prefix", "p");
        assertMessage("choose one of --user, --sys-prefix, --prefix DIR", "--sys-prefix", "--user");
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InstallOptions.parse(args));
        assertTrue(e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' should contain '" + expected + "'");
    }
}
