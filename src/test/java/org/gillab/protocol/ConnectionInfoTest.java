package org.gillab.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionInfoTest {
    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("kernel.json"), json);
    }

    @Test
    void readsWhatJupyterWrites() throws IOException {
        ConnectionInfo info = ConnectionInfo.read(file("""
                {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
                 "ip": "127.0.0.1", "key": "a-key", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "gil-lab"}
                """));
        assertEquals(new ConnectionInfo("tcp", "127.0.0.1", 5001, 5002, 5003, 5004, 5005, "a-key", "hmac-sha256"), info);
        assertEquals("tcp://127.0.0.1:5004", info.endpoint(info.controlPort()));
    }

    @Test
    void explainsWhatIsWrong() throws IOException {
        IOException missing = assertThrows(IOException.class, () -> ConnectionInfo.read(dir.resolve("absent.json")));
        assertTrue(missing.getMessage().contains("no such file"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file("{oops")))
                .getMessage().contains("not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file("{\"shell_port\": 1}")))
                .getMessage().contains("iopub_port"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConnectionInfo.read(file("{\"transport\": \"ipc\"}")))
                .getMessage().contains("tcp"));
    }
}
