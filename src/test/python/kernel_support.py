"""Starts a GIL Lab kernel and talks to it as a Jupyter front end does, for the end-to-end tests.

The kernel is found by name through Jupyter's kernelspec search: Maven points JUPYTER_PATH at the
spec it installed under target/jupyter. GIL_LAB_KERNEL names another spec, e.g. one installed by a
JDK 25 java:

    /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/gil-lab.jar install \\
        --prefix target/jupyter --name gil-lab-jdk25
    GIL_LAB_KERNEL=gil-lab-jdk25 JUPYTER_PATH=target/jupyter/share/jupyter \\
        /usr/bin/python3 -m unittest discover -s src/test/python -v

Every wait is on a message with a timeout, never a sleep.
"""
import os
import re
import time
from pathlib import Path
from queue import Empty

import zmq
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

KERNEL_NAME = os.environ.get("GIL_LAB_KERNEL", "gil-lab")

# Generous: the machine is a loaded 2-core box and a timeout here means "it never came", not "slow".
TIMEOUT = 60

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def plain(text):
    """Text without ANSI colour codes."""
    return _ANSI.sub("", text)


def kernel_java_home(name=KERNEL_NAME):
    """The JDK that kernelspec `name` runs (its argv[0] is JAVA_HOME/bin/java)."""
    java = Path(KernelSpecManager().get_kernel_spec(name).argv[0])
    return java.resolve().parent.parent


def parent_id(msg):
    return msg["parent_header"].get("msg_id")


class KernelTimeout(AssertionError):
    pass


class KernelDied(AssertionError):
    pass


class Execution:
    """One execute_request's reply and the iopub messages that name it as their parent."""

    def __init__(self, msg_id, reply, outputs):
        self.msg_id = msg_id
        self.reply = reply["content"]
        self.outputs = outputs

    @property
    def status(self):
        return self.reply["status"]

    def contents(self, msg_type):
        return [m["content"] for m in self.outputs if m["header"]["msg_type"] == msg_type]

    def stream(self, name):
        return "".join(c["text"] for c in self.contents("stream") if c["name"] == name)

    @property
    def stdout(self):
        return self.stream("stdout")

    @property
    def stderr(self):
        return self.stream("stderr")

    @property
    def result_text(self):
        """text/plain of the execute_result, or None when the cell had no result."""
        results = self.contents("execute_result")
        return results[-1]["data"]["text/plain"] if results else None

    @property
    def error_text(self):
        """ename, evalue and traceback of the error outputs, without colours."""
        return "\n".join(
            plain("\n".join([e["ename"], e["evalue"], *e["traceback"]])) for e in self.contents("error"))

    def describe(self):
        return f"status={self.status}, outputs={[(m['header']['msg_type'], m['content']) for m in self.outputs]}"


class Kernel:
    """A kernel process and a blocking client connected to it."""

    def __init__(self, name=KERNEL_NAME, wait_for_ready=True, **start_options):
        """start_options go to the kernel's process (e.g. stderr=subprocess.DEVNULL)."""
        self.started = time.monotonic()
        self.manager = KernelManager(kernel_name=name)
        self.manager.start_kernel(**start_options)
        self.client = self.manager.client()
        self.client.start_channels()
        self.iopub = []  # every iopub message received, in arrival order
        self._shell_replies = {}  # every shell reply received, by parent msg_id
        self._control_replies = {}
        if wait_for_ready:
            try:
                self.client.wait_for_ready(timeout=TIMEOUT)
            except RuntimeError:
                self.stop()
                raise

    def stop(self):
        self.client.stop_channels()
        if self.manager.has_kernel:
            self.manager.shutdown_kernel(now=False)

    @property
    def process(self):
        """The kernel's subprocess.Popen."""
        return self.manager.provisioner.process

    # --- execute -----------------------------------------------------------------------------

    def start(self, code, allow_stdin=False, **options):
        """Sends an execute_request and returns its msg_id, without waiting."""
        return self.client.execute(code, allow_stdin=allow_stdin, **options)

    def finish(self, msg_id, timeout=TIMEOUT):
        """Waits for the execution's idle status and execute_reply."""
        self.wait_idle(msg_id, timeout)
        reply = self.shell_reply(msg_id, timeout)
        outputs = [m for m in self.iopub if parent_id(m) == msg_id
                   and m["header"]["msg_type"] not in ("status", "execute_input")]
        return Execution(msg_id, reply, outputs)

    def execute(self, code, timeout=TIMEOUT, **options):
        return self.finish(self.start(code, **options), timeout)

    def execute_ok(self, testcase, code, **options):
        """Executes code and fails testcase unless the cell succeeded."""
        execution = self.execute(code, **options)
        testcase.assertEqual("ok", execution.status, f"{code!r}: {execution.describe()}")
        return execution

    # --- waiting on channels -----------------------------------------------------------------

    def wait_iopub(self, predicate, timeout=TIMEOUT, what="an iopub message"):
        """The first iopub message (already received or arriving within timeout) that matches."""
        for msg in self.iopub:
            if predicate(msg):
                return msg
        return self._receive_until(self.client.get_iopub_msg, self.iopub.append, predicate, timeout, what)

    def wait_idle(self, msg_id, timeout=TIMEOUT):
        """Waits for the idle status that ends request msg_id's output."""
        return self.wait_iopub(lambda m: parent_id(m) == msg_id and m["header"]["msg_type"] == "status"
                               and m["content"]["execution_state"] == "idle", timeout, f"idle after {msg_id}")

    def wait_output(self, msg_id, text, timeout=TIMEOUT):
        """Waits until a stream of execution msg_id has carried text."""
        return self.wait_iopub(lambda m: parent_id(m) == msg_id and m["header"]["msg_type"] == "stream"
                               and text in m["content"]["text"], timeout, f"output {text!r}")

    def check_alive(self):
        """Fails at once, rather than at a timeout, when the kernel process has ended."""
        if self.manager.has_kernel and not self.manager.is_alive():
            raise KernelDied(f"the kernel process ended (exit code {self.process.poll()})")

    def shell_reply(self, msg_id, timeout=TIMEOUT):
        return self._reply(self.client.get_shell_msg, self._shell_replies, msg_id, timeout)

    def shell(self, msg_type, content=None, timeout=TIMEOUT):
        """Sends a request on the shell channel and returns its reply."""
        msg = self.client.session.msg(msg_type, content or {})
        self.client.shell_channel.send(msg)
        return self.shell_reply(msg["header"]["msg_id"], timeout)

    def control(self, msg_type, content=None, timeout=TIMEOUT):
        """Sends a request on the control channel and returns its reply."""
        msg = self.client.session.msg(msg_type, content or {})
        self.client.control_channel.send(msg)
        return self._reply(self.client.get_control_msg, self._control_replies, msg["header"]["msg_id"], timeout)

    def interrupt(self):
        """interrupt_request on the control channel (kernel.json's interrupt_mode is "message")."""
        return self.control("interrupt_request")

    def _reply(self, get_msg, received, msg_id, timeout):
        if msg_id in received:
            return received[msg_id]

        def keep(msg):
            received[parent_id(msg)] = msg

        return self._receive_until(get_msg, keep, lambda msg: parent_id(msg) == msg_id, timeout, f"reply to {msg_id}")

    def _receive_until(self, get_msg, keep, wanted, timeout, what):
        """Receives with get_msg, keeping every message, until a wanted one; checks the kernel lives meanwhile."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise KernelTimeout(f"no {what} within {timeout} s")
            try:
                msg = get_msg(timeout=min(remaining, 1))
            except Empty:
                self.check_alive()
                continue
            keep(msg)
            if wanted(msg):
                return msg

    # --- raw sockets, for what a well-behaved client never sends ------------------------------

    def raw_shell_socket(self):
        """A DEALER socket of our own on the shell port; close it with close(linger=0)."""
        return self.manager.connect_shell()

    def raw_reply(self, socket, msg_id, timeout=TIMEOUT):
        """Reads properly signed messages from socket until the reply to msg_id; returns (reply, others)."""
        others = []
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise KernelTimeout(f"no reply to {msg_id} within {timeout} s on the raw socket")
            if not socket.poll(int(min(remaining, 1) * 1000)):
                self.check_alive()
                continue
            _, msg = self.manager.session.recv(socket, mode=zmq.NOBLOCK)
            if parent_id(msg) == msg_id:
                return msg, others
            others.append(msg)
