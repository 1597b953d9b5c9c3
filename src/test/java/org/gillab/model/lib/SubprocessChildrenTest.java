package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gillab.model.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * No child process outlives what started it: a timeout's kill takes the child's own children with it,
 * and closing the interpreter kills the children a program left running. And a child's inherited
 * stdout is the interpreter's, wherever that goes (here a buffer, in a notebook the cell).
 */
class SubprocessChildrenTest {
    /** A shell that starts a background sleep, prints its pid, and sleeps itself. */
    private static final String SHELL_WITH_GRANDCHILD = "['sh', '-c', 'sleep 60 & echo $!; sleep 60']";

    @Test
    void aTimeoutKillsTheChildAndItsChildren() throws Exception {
        try (Interpreter py = Interpreter.builder().build()) {
            py.exec("import subprocess\n"
                    + "p = subprocess.Popen(" + SHELL_WITH_GRANDCHILD + ", stdout=subprocess.PIPE, text=True)\n"
                    + "grandchild = int(p.stdout.readline())\n"
                    + "try:\n"
                    + "    p.communicate(timeout=0.2)\n"
                    + "except subprocess.TimeoutExpired:\n"
                    + "    p.kill()\n"
                    + "    p.wait()\n"
                    + "pid, code = p.pid, p.returncode\n");
            assertEquals(-9L, py.get("code"));
            assertEnded((Long) py.get("pid"));
            assertEnded((Long) py.get("grandchild"));
        }
    }

    @Test
    void closingTheInterpreterKillsTheChildrenLeftRunning() throws Exception {
        long pid;
        long grandchild;
        try (Interpreter py = Interpreter.builder().build()) {
            py.exec("import subprocess\n"
                    + "p = subprocess.Popen(" + SHELL_WITH_GRANDCHILD + ", stdout=subprocess.PIPE, text=True)\n"
                    + "grandchild = int(p.stdout.readline())\n"
                    + "pid = p.pid\n");
            pid = (Long) py.get("pid");
            grandchild = (Long) py.get("grandchild");
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child runs until close");
        }
        assertEnded(pid);
        assertEnded(grandchild);
    }

    @Test
    void aChildsInheritedOutputReachesTheInterpretersStdout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Interpreter py = Interpreter.builder().stdout(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build()) {
            py.exec("import subprocess\n"
                    + "print('before')\n"
                    + "subprocess.run(['sh', '-c', 'echo to stdout; echo to stderr >&2'])\n"
                    + "print('after')\n");
        }
        assertEquals("before\nto stdout\nafter\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("to stderr\n", err.toString(StandardCharsets.UTF_8));
    }

    /** Waits (boundedly: a kill is prompt) for the process to be gone; it must not be running. */
    private static void assertEnded(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " still runs");
    }
}
