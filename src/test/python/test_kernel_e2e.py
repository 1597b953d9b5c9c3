"""End-to-end tests of the GIL Lab kernel through jupyter_client, for what KernelTests does not cover:
interrupts, System.exit, forged and malformed messages, where thread output goes, IPython's display model,
stdin, error reports, magics, shutdown and restart.

Each class starts its own kernel (InterruptTest one per test), so a kernel broken by one test cannot
fail unrelated ones. Measured figures are printed, never asserted (bench/kernel_bench.py has them all).
"""
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import uuid
from pathlib import Path

from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.session import Session

from kernel_support import KERNEL_NAME, TIMEOUT, Kernel, kernel_java_home, parent_id

# The user's own threads (JShell runs cells as classes in package REPL) other than the one asking:
# after an interrupt none may be left running, or the CPU never goes back to idle.
LEFTOVER_CELL_THREADS = """
Thread.getAllStackTraces().entrySet().stream()
    .filter(e -> e.getKey() != Thread.currentThread())
    .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("REPL.")))
    .map(e -> e.getKey().getName() + " " + e.getKey().getState())
    .toList()
"""


def report(figure):
    """Prints a measured figure next to the test's name (unittest -v); figures are never asserted."""
    print(f" [{figure}]", end=" ", file=sys.stderr, flush=True)


# A class with 1,000 member classes: once a cell has loaded it, the kernel renews its JShell before the
# next cell (ShellGenerations, every 1,000 classes), carrying the declarations over.
FILLER = "class Filler {" + " ".join(f"static class C{i} {{ }}" for i in range(1000)) + " }"
# The name of a class made now tells the JShell generation that compiled it: REPL.$G<n>$...
GENERATION = "new Object() { }.getClass().getName().split(\"\\\\$\")[1]"


class KernelTestCase(unittest.TestCase):
    """Tests sharing one kernel per class, or one per test where a failure could leave it busy."""
    kernel = None
    kernel_per_test = False

    @classmethod
    def setUpClass(cls):
        if not cls.kernel_per_test:
            cls.kernel = Kernel()

    @classmethod
    def tearDownClass(cls):
        if not cls.kernel_per_test:
            cls.kernel.stop()

    def setUp(self):
        if self.kernel_per_test:
            self.kernel = Kernel()
            self.addCleanup(self.kernel.stop)

    def execute_ok(self, code, **options):
        return self.kernel.execute_ok(self, code, **options)

    def renew_jshell(self):
        """Makes the kernel renew its JShell, and checks that it did."""
        before = self.execute_ok(GENERATION).result_text
        self.execute_ok(FILLER)
        self.assertNotEqual(before, self.execute_ok(GENERATION).result_text, "the JShell was not renewed")

    def assert_kernel_serves(self):
        """The kernel still runs cells and the process is alive."""
        self.assertEqual("2", self.execute_ok("1 + 1").result_text)
        self.assertTrue(self.kernel.manager.is_alive(), "the kernel process ended")


class StartupTest(unittest.TestCase):

    def test_kernel_info_is_answered_before_the_evaluator_is_warm(self):
        kernel = Kernel(wait_for_ready=False)
        try:
            reply = kernel.shell("kernel_info_request")
            info_seconds = time.monotonic() - kernel.started
            content = reply["content"]
            self.assertEqual("ok", content["status"])
            self.assertEqual("5.3", content["protocol_version"])
            self.assertTrue(content["banner"].strip())
            self.assertTrue(content["help_links"], "help_links should point somewhere useful")
            language = content["language_info"]
            self.assertEqual("java", language["name"])
            self.assertRegex(language["version"], r"^\d+")
            self.assertEqual("text/x-java", language["mimetype"])
            self.assertEqual(".java", language["file_extension"])
            self.assertEqual("java", language["pygments_lexer"])
            self.assertEqual("text/x-java", language["codemirror_mode"])

            first = kernel.execute("1 + 1")
            self.assertEqual("2", first.result_text, first.describe())
            report(f"start→kernel_info {info_seconds:.2f} s, start→first 1+1 {time.monotonic() - kernel.started:.2f} s")
        finally:
            kernel.stop()


class ProtocolTest(KernelTestCase):

    def test_heartbeat_echoes(self):
        socket = self.kernel.manager.connect_hb()
        try:
            socket.send(b"ping")
            self.assertTrue(socket.poll(TIMEOUT * 1000), "no heartbeat echo")
            self.assertEqual(b"ping", socket.recv())
        finally:
            socket.close(linger=0)

    def test_forged_requests_are_never_executed(self):
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        marker = Path(scratch.name) / "forged"
        code = f'java.nio.file.Files.writeString(java.nio.file.Path.of("{marker}"), "forged");'
        socket = self.kernel.raw_shell_socket()
        try:
            forged_ids = []
            # A wrong key, then no signature at all (an empty key signs nothing).
            for key in (b"not-the-kernel-key", b""):
                forger = Session(key=key, signature_scheme="hmac-sha256", username="mallory")
                forged = forger.send(socket, "execute_request", execute_content(code))
                forged_ids.append(forged["header"]["msg_id"])
            # The shell channel runs requests in order: once this one is answered, the forged ones
            # would have run.
            honest = self.kernel.manager.session.send(socket, "execute_request", execute_content("1 + 1"))
            reply, others = self.kernel.raw_reply(socket, honest["header"]["msg_id"])
            self.assertEqual("ok", reply["content"]["status"])
            self.kernel.wait_idle(honest["header"]["msg_id"])
        finally:
            socket.close(linger=0)
        self.assertFalse(marker.exists(), "a forged execute_request was executed")
        self.assertEqual([], [m for m in others if parent_id(m) in forged_ids], "forged requests were answered")
        self.assertEqual([], [m for m in self.kernel.iopub if parent_id(m) in forged_ids],
                         "forged requests made the kernel publish")

    def test_malformed_json_in_a_signed_message_leaves_the_kernel_serving(self):
        session = self.kernel.manager.session
        socket = self.kernel.raw_shell_socket()
        try:
            header = session.msg_header("execute_request")
            bad_ids = [header["msg_id"]]
            # Bad JSON in the content, then in the header; both properly signed.
            for parts in ([session.pack(header), b"{}", b"{}", b'{"code": "1 + 1", '],
                          [b'{"msg_id": ', b"{}", b"{}", b"{}"]):
                socket.send_multipart([b"<IDS|MSG>", session.sign(parts), *parts])
            request = session.send(socket, "kernel_info_request", {})
            reply, others = self.kernel.raw_reply(socket, request["header"]["msg_id"])
        finally:
            socket.close(linger=0)
        self.assertEqual("ok", reply["content"]["status"])
        for answer in others:  # an error reply is the right answer where the header could be read
            self.assertIn(parent_id(answer), bad_ids)
            self.assertEqual("error", answer["content"]["status"], answer)
        self.assert_kernel_serves()

    def test_an_unknown_message_type_leaves_the_kernel_serving(self):
        msg = self.kernel.client.session.msg("frobnicate_request", {})
        self.kernel.client.shell_channel.send(msg)
        self.assert_kernel_serves()

    def test_comms_do_not_crash_the_kernel(self):
        comm_id = uuid.uuid4().hex
        for msg_type, content in (("comm_open", {"comm_id": comm_id, "target_name": "no.such.target", "data": {}}),
                                  ("comm_msg", {"comm_id": comm_id, "data": {"x": 1}}),
                                  ("comm_close", {"comm_id": comm_id, "data": {}})):
            self.kernel.client.shell_channel.send(self.kernel.client.session.msg(msg_type, content))
        reply = self.kernel.shell("comm_info_request", {})
        self.assertEqual("ok", reply["content"]["status"])
        self.assertIsInstance(reply["content"]["comms"], dict)
        self.assert_kernel_serves()

    def test_interrupt_when_idle_is_harmless(self):
        self.assertEqual("ok", self.kernel.interrupt()["content"]["status"])
        self.assert_kernel_serves()


def execute_content(code):
    return {"code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": True}


class InterruptTest(KernelTestCase):
    kernel_per_test = True  # a cell that was not stopped would block every later test

    def interrupt_cell(self, code, started, send_interrupt=None):
        """Runs code, waits for it to print `started`, interrupts it; returns the Execution."""
        msg_id = self.kernel.start(code)
        try:
            self.kernel.wait_output(msg_id, started)
        finally:  # interrupt even when the output never came, so the next test gets an idle kernel
            sent = time.monotonic()
            if send_interrupt is None:
                self.assertEqual("ok", self.kernel.interrupt()["content"]["status"])
            else:
                send_interrupt()
        reply = self.kernel.shell_reply(msg_id)
        latency_ms = (time.monotonic() - sent) * 1000
        execution = self.kernel.finish(msg_id)
        report(f"interrupt→execute_reply {latency_ms:.0f} ms")
        self.assertEqual("error", reply["content"]["status"], execution.describe())
        self.assertLess(latency_ms, 10_000, "the interrupted cell did not come back")
        self.assertEqual("[]", self.execute_ok(LEFTOVER_CELL_THREADS).result_text,
                         "the interrupted cell's thread is still running")
        self.assert_kernel_serves()
        return execution

    def test_busy_loop(self):
        self.interrupt_cell('System.out.println("spinning"); while (true) {}', "spinning")

    def test_busy_loop_inside_a_method(self):
        self.execute_ok("long spin(long n) { while (true) { n = n * 31 + 7; } }")
        self.interrupt_cell('System.out.println("spinning"); spin(1);', "spinning")

    def test_sleep(self):
        self.interrupt_cell('System.out.println("sleeping"); Thread.sleep(600_000);', "sleeping")

    def test_blocked_wait(self):
        self.interrupt_cell('Object lock = new Object();\n'
                           'synchronized (lock) { System.out.println("waiting"); lock.wait(); }', "waiting")

    def test_latch_await(self):
        self.interrupt_cell('System.out.println("awaiting"); new java.util.concurrent.CountDownLatch(1).await();',
                            "awaiting")

    def test_sigint_also_interrupts(self):
        self.interrupt_cell('System.out.println("spinning"); while (true) {}', "spinning",
                            lambda: self.kernel.manager.signal_kernel(signal.SIGINT))

    def test_output_is_still_live_after_an_interrupted_wait(self):
        # Found broken on Java 17: the kernel's output flusher thread, started lazily from a cell,
        # sat in JShell's execution thread group, so JShell.stop() hit it too.
        self.interrupt_cell('Object lock = new Object();\n'
                            'synchronized (lock) { System.out.println("waiting"); lock.wait(); }', "waiting")
        self.interrupt_cell('System.out.println("spinning"); while (true) {}', "spinning")

    def test_a_run_of_statements_stops_where_it_is(self):
        # the statements of a cell run as one block snippet (StatementBlocks)
        self.interrupt_cell('int spins = 1;\nSystem.out.println("spinning");\nwhile (spins > 0) { spins = spins % 7 + 1; }\n'
                            'spins = -1;', "spinning")
        self.assertGreater(int(self.execute_ok("spins").result_text), 0, "the statement after the loop ran")

    def test_a_loop_in_a_class_declared_before_the_jshell_was_renewed(self):
        self.execute_ok("class Spinner { long spin(long n) { while (true) { n = n * 31 + 7; } } }\n"
                        "Spinner spinner = new Spinner();")
        self.renew_jshell()
        self.interrupt_cell('System.out.println("spinning"); spinner.spin(1);', "spinning")

    def test_output_before_the_interrupt_is_kept(self):
        execution = self.interrupt_cell('System.out.println("kept line"); while (true) {}', "kept line")
        self.assertIn("kept line", execution.stdout)


class ExitTest(KernelTestCase):

    def assert_exit_is_refused(self, code):
        execution = self.kernel.execute(code)
        self.assertEqual("error", execution.status, execution.describe())
        self.assertRegex(execution.error_text, r"(?i)exit|halt", "the error should say the cell tried to exit")
        self.assert_kernel_serves()

    def test_system_exit(self):
        self.assert_exit_is_refused("System.exit(3);")

    def test_runtime_exit(self):
        self.assert_exit_is_refused("Runtime.getRuntime().exit(4);")

    def test_runtime_halt(self):
        self.assert_exit_is_refused("Runtime.getRuntime().halt(1);")

    def test_exit_from_a_method_defined_earlier(self):
        self.execute_ok("void leave() { System.exit(0); }")
        self.assert_exit_is_refused("leave();")


class OutputTest(KernelTestCase):

    def test_a_running_cells_threads_print_into_it(self):
        execution = self.execute_ok(
            'Thread worker = new Thread(() -> { System.out.println("from the worker"); System.err.println("worker err"); });\n'
            "worker.start();\nworker.join();")
        self.assertIn("from the worker", execution.stdout)
        self.assertIn("worker err", execution.stderr)

    def test_a_finished_cells_thread_never_prints_into_a_later_cell(self):
        a = self.execute_ok(
            "var go = new java.util.concurrent.CountDownLatch(1);\n"
            "var printed = new java.util.concurrent.CountDownLatch(1);\n"
            "Thread late = new Thread(() -> {\n"
            "    try { go.await(); } catch (InterruptedException e) { return; }\n"
            '    System.out.println("late line from cell A");\n'
            "    printed.countDown();\n"
            "});\n"
            "late.start();")
        # Cell B lets A's thread print while B runs, and waits until it has.
        b = self.execute_ok('go.countDown(); printed.await(); late.join(); System.out.println("B\'s own line");')
        self.assertIn("B's own line", b.stdout)
        self.assertNotIn("late line from cell A", b.stdout, "a thread of cell A printed into cell B")
        late = self.kernel.wait_iopub(lambda m: m["header"]["msg_type"] == "stream"
                                      and "late line from cell A" in m["content"]["text"],
                                      what="the late line (it must be shown somewhere)")
        self.assertNotEqual(b.msg_id, parent_id(late))
        report("late output went to " + ("cell A" if parent_id(late) == a.msg_id else f"parent {late['parent_header']}"))

    def test_unicode_output(self):
        text = "héllo → ✓ 😀 Ω"
        self.assertIn(text, self.execute_ok(f'System.out.println("{text}");').stdout)
        self.assertIn(text, self.execute_ok(f'"{text}"').result_text)


class DisplayTest(KernelTestCase):
    """IPython's display model: html(..) and the others are values; display(x) shows and returns a handle."""

    def test_display_of_html_shows_it_once_and_nothing_else(self):
        execution = self.execute_ok('display(html("<b>hi</b>"))')
        displays = execution.contents("display_data")
        self.assertEqual(1, len(displays), execution.describe())
        self.assertEqual("<b>hi</b>", displays[0]["data"]["text/html"])
        self.assertIsNone(execution.result_text, "display(...)'s handle was echoed as the cell's result")
        self.assertEqual("", execution.stdout, "nothing but the display (no id printed)")

    def test_a_display_value_is_the_cells_result_unless_a_semicolon_hides_it(self):
        for code, mime, data in (('html("<b>x</b>")', "text/html", "<b>x</b>"),
                                 ('markdown("*x*")', "text/markdown", "*x*"),
                                 ('latex("$x^2$")', "text/latex", "$x^2$"),
                                 ('json(java.util.List.of(1, 2))', "application/json", [1, 2])):
            with self.subTest(code=code):
                execution = self.execute_ok(code)
                self.assertEqual([], execution.contents("display_data"), execution.describe())
                results = execution.contents("execute_result")
                self.assertEqual(1, len(results), execution.describe())
                self.assertEqual(data, results[0]["data"][mime])
                self.assertIn("text/plain", results[0]["data"])
                hidden = self.execute_ok(code + ";")
                self.assertEqual([], hidden.contents("display_data") + hidden.contents("execute_result"), hidden.describe())

    def test_the_handle_updates_the_output_in_place_also_from_a_later_cell(self):
        execution = self.execute_ok('var shown = display(html("one"));\n'
                                    'shown.update(html("two"));\n'
                                    'System.out.println("id=" + shown.id());')
        displays = execution.contents("display_data")
        updates = execution.contents("update_display_data")
        self.assertEqual(1, len(displays), execution.describe())
        self.assertEqual(1, len(updates), execution.describe())
        display_id = displays[0]["transient"]["display_id"]
        self.assertIn(f"id={display_id}", execution.stdout)
        self.assertEqual("one", displays[0]["data"]["text/html"])
        self.assertEqual(display_id, updates[0]["transient"]["display_id"])
        self.assertEqual("two", updates[0]["data"]["text/html"])

        for code in ('updateDisplay(shown, html("three"));', 'updateDisplay(shown.id(), html("three"));'):
            with self.subTest(code=code):
                later_updates = self.execute_ok(code).contents("update_display_data")
                self.assertEqual([display_id], [u["transient"]["display_id"] for u in later_updates])
                self.assertEqual("three", later_updates[0]["data"]["text/html"])

    def test_a_map_a_list_and_a_record_show_as_json(self):
        self.execute_ok("record Run(String label, int workers, double seconds) {}")
        for code, expected in (('display(java.util.Map.of("k", 1), "application/json")', {"k": 1}),
                               ('display(java.util.List.of(1, 2), "application/json")', [1, 2]),
                               ('display(new Run("2 threads", 2, 1.5), "application/json")',
                                {"label": "2 threads", "workers": 2, "seconds": 1.5})):
            with self.subTest(code=code):
                execution = self.execute_ok(code)
                displays = execution.contents("display_data")
                self.assertEqual(1, len(displays), execution.describe())
                self.assertEqual(expected, displays[0]["data"]["application/json"])
                self.assertIn("text/plain", displays[0]["data"])

    def test_a_type_the_value_cannot_have_is_a_clear_error(self):
        execution = self.kernel.execute('display(new Object(), "application/json")')
        self.assertEqual("error", execution.status)
        self.assertIn("has no JSON form", execution.error_text)
        execution = self.kernel.execute('display(42, "text/html")')
        self.assertEqual("error", execution.status)
        self.assertIn("no text/html representation for a java.lang.Integer", execution.error_text)
        self.assertEqual([], execution.contents("display_data"))

    def test_a_custom_mime_type_is_kept(self):
        execution = self.execute_ok(
            'display(MimeBundle.text("fallback").with("application/vnd.gillab.test+json", java.util.Map.of("n", 7)))')
        data = execution.contents("display_data")[0]["data"]
        self.assertEqual({"n": 7}, data["application/vnd.gillab.test+json"])
        self.assertEqual("fallback", data["text/plain"])


class StdinTest(KernelTestCase):

    def test_reading_system_in_asks_the_front_end(self):
        msg_id = self.kernel.start('System.out.println("asking");\n'
                                   "new java.util.Scanner(System.in).nextLine().toUpperCase()", allow_stdin=True)
        request = self.kernel.client.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual("input_request", request["header"]["msg_type"])
        self.assertEqual(msg_id, parent_id(request))
        self.assertFalse(request["content"]["password"])
        # Output printed before the read is shown while the cell waits for input.
        self.kernel.wait_output(msg_id, "asking")
        self.kernel.client.input("hello gil")
        execution = self.kernel.finish(msg_id)
        self.assertEqual("ok", execution.status, execution.describe())
        self.assertIn("HELLO GIL", execution.result_text)

    def test_reading_system_in_without_stdin_is_a_clear_error(self):
        execution = self.kernel.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=False)
        self.assertEqual("error", execution.status, execution.describe())
        self.assertRegex(execution.error_text, r"(?i)stdin|input", execution.error_text)
        self.assert_kernel_serves()


class ErrorTest(KernelTestCase):

    def test_compile_error_has_line_column_and_caret(self):
        execution = self.kernel.execute('int a = 1;\nint b = "s";')
        self.assertEqual("error", execution.status, execution.describe())
        text = execution.error_text
        self.assertRegex(text, r"(?is)line\s*2\D{0,12}col(umn)?\s*9|:2:9", text)
        lines = text.splitlines()
        source = next((i for i, line in enumerate(lines) if 'int b = "s";' in line), None)
        self.assertIsNotNone(source, "the failing line should be quoted:\n" + text)
        self.assertEqual(lines[source].index('"s"'), lines[source + 1].index("^"),
                         "the caret should point at the mistake:\n" + text)

    def test_runtime_exception_shows_the_users_frames_only(self):
        self.execute_ok('void boom(int depth) {\n'
                        '    if (depth == 0) throw new IllegalStateException("kaboom");\n'
                        '    boom(depth - 1);\n'
                        '}')
        execution = self.kernel.execute("boom(2);")
        self.assertEqual("error", execution.status, execution.describe())
        error = execution.contents("error")[0]
        self.assertTrue(error["ename"].endswith("IllegalStateException"), error["ename"])
        self.assertIn("kaboom", error["evalue"])
        text = execution.error_text
        self.assertGreaterEqual(text.count("boom"), 3, "the user's frames should be listed:\n" + text)
        for internal in ("jdk.jshell", "jdk.internal", "java.lang.reflect", "org.gillab", "sun.reflect"):
            self.assertNotIn(internal, text)

    def test_stack_overflow_leaves_the_kernel_usable(self):
        self.execute_ok("int down(int n) { return down(n + 1) + 1; }")
        execution = self.kernel.execute("down(0)")
        self.assertEqual("error", execution.status, execution.describe())
        self.assertIn("StackOverflowError", execution.error_text)
        self.assert_kernel_serves()

    def test_out_of_memory_leaves_the_kernel_usable(self):
        execution = self.kernel.execute("long[] huge = new long[Integer.MAX_VALUE];")
        self.assertEqual("error", execution.status, execution.describe())
        self.assertIn("OutOfMemoryError", execution.error_text)
        self.assert_kernel_serves()

    def test_a_later_cell_redefines_a_method_and_a_class(self):
        self.execute_ok("int twice(int x) { return 2 * x; }\nclass Box { int v = 1; }")
        self.execute_ok("int twice(int x) { return 3 * x; }\nclass Box { int v = 5; }")
        self.assertEqual("15", self.execute_ok("twice(new Box().v)").result_text)


class LongCellTest(KernelTestCase):
    """Cells of many statements: consecutive statements run as one block snippet, declarations alone."""

    def test_a_thousand_statements_keep_their_declarations_for_later_cells(self):
        lines = ["long sum = 0;"] + [f"int mark{i} = {i};" if i % 250 == 0 else f"sum += {i};" for i in range(1, 1001)]
        sent = time.monotonic()
        execution = self.execute_ok("\n".join(lines + ["sum"]))
        report(f"1,000 statements {time.monotonic() - sent:.2f} s")
        self.assertEqual(str(sum(i for i in range(1, 1001) if i % 250)), execution.result_text)
        self.assertEqual("1000", self.execute_ok("mark1000").result_text)
        self.assertEqual("7", self.execute_ok("long sum = 7;\nsum").result_text, "a later cell declares the name again")

    def test_an_error_names_the_line_of_its_statement_after_those_before_it_ran(self):
        execution = self.kernel.execute('int[] cells = new int[2];\nSystem.out.println("before");\ncells[0] = 1;\n'
                                        'cells[5] = 2;\nSystem.out.println("after");')
        self.assertEqual("error", execution.status, execution.describe())
        self.assertIn("ArrayIndexOutOfBoundsException", execution.error_text)
        self.assertIn("line 4", execution.error_text)
        self.assertEqual("before\n", execution.stdout)
        execution = self.kernel.execute('System.out.println("ran");\ncells[1] = 3;\ncells[1] = "text";\ncells[0] = 9;')
        self.assertIn("line 3, column 12", execution.error_text)
        self.assertEqual("ran\n", execution.stdout)
        self.assertEqual("[1, 3]", self.execute_ok("Arrays.toString(cells)").result_text)

    def test_the_last_value_semicolons_and_time_work_as_in_a_short_cell(self):
        self.assertEqual("3", self.execute_ok("int n = 0;\nn++;\nn++;\nn += 1;\nn").result_text)
        self.assertIsNone(self.execute_ok("n++;\nn++;\nn;").result_text, "a final semicolon keeps the value out")
        timed = self.execute_ok("%time n++;\nn++;\nn")
        self.assertEqual("7", timed.result_text)
        self.assertIn("Wall time", timed.stdout)


class RenewalTest(KernelTestCase):
    """A long session: the kernel renews its JShell every 1,000 classes; the cells notice nothing."""

    def test_declarations_carry_over_with_their_values_and_identity(self):
        self.execute_ok("int[] values = {1, 2, 3};\nrecord Box(int v) { int twice() { return v * 2; } }\n"
                        "class Counter { static int count; }\nBox box = new Box(21);\nCounter.count += 5;\n"
                        "int total(int extra) { return values.length + extra; }\nObject same = values;")
        self.renew_jshell()
        self.assertEqual("42", self.execute_ok("box.twice()").result_text)
        self.assertEqual("5", self.execute_ok("Counter.count").result_text)
        self.assertEqual("true", self.execute_ok("same == values").result_text)
        self.assertEqual("4", self.execute_ok("total(1)").result_text)
        self.assertEqual("true", self.execute_ok("new Box(1).getClass() == box.getClass()").result_text)
        self.assertIn("values", self.kernel.shell("complete_request", {"code": "val", "cursor_pos": 3})["content"]["matches"])
        self.execute_ok("int[] values = new int[10];")
        self.assertEqual("11", self.execute_ok("total(1)").result_text, "declared again, as in one JShell")

    def test_a_traceback_through_carried_code_points_at_the_cell_that_declared_it(self):
        declared = self.execute_ok("record Ratio(int d) {\n    int of(int n) {\n        return n / d;\n    }\n}\n"
                                   "Ratio zero = new Ratio(0);")
        self.renew_jshell()
        execution = self.kernel.execute("zero.of(1)")
        self.assertIn("ArithmeticException", execution.error_text)
        self.assertIn(f"Ratio.of (In [{declared.reply['execution_count']}] line 3)", execution.error_text)


class MagicTest(KernelTestCase):

    def test_time_prints_wall_and_cpu_time(self):
        execution = self.execute_ok("%time long s = 0; for (int i = 0; i < 1000; i++) s += i;")
        printed = execution.stdout + execution.stderr
        self.assertRegex(printed, r"(?i)wall", printed)
        self.assertRegex(printed, r"(?i)cpu", printed)

    def test_help_lists_the_magics(self):
        execution = self.execute_ok("%help")
        shown = execution.stdout + "".join(d["data"]["text/plain"] for d in execution.contents("display_data"))
        for magic in ("%time", "%classpath", "%help"):
            self.assertIn(magic, shown)

    def test_an_unknown_magic_is_a_clear_error(self):
        execution = self.kernel.execute("%frobnicate")
        self.assertEqual("error", execution.status, execution.describe())
        self.assertIn("%frobnicate", execution.error_text)
        self.assertIn("%help", execution.error_text)


class IntrospectionTest(KernelTestCase):

    def complete(self, code, cursor_pos=None):
        msg_id = self.kernel.client.complete(code, cursor_pos)
        return self.kernel.shell_reply(msg_id)["content"]

    def test_complete_a_member(self):
        reply = self.complete("Math.ab")
        self.assertEqual((5, 7), (reply["cursor_start"], reply["cursor_end"]))
        self.assertTrue(any(m.startswith("abs") for m in reply["matches"]), reply["matches"])

    def test_complete_in_the_middle_of_a_line(self):
        reply = self.complete("int y = Math.ab + 1;", len("int y = Math.ab"))
        self.assertEqual((13, 15), (reply["cursor_start"], reply["cursor_end"]))
        self.assertTrue(any(m.startswith("abs") for m in reply["matches"]), reply["matches"])

    def test_complete_a_variable_of_an_earlier_cell(self):
        self.execute_ok("int counterOfThings = 41;")
        reply = self.complete("counterOf")
        self.assertEqual((0, 9), (reply["cursor_start"], reply["cursor_end"]))
        self.assertIn("counterOfThings", reply["matches"])

    def test_inspect_shows_signature_and_javadoc(self):
        msg_id = self.kernel.client.inspect("String.valueOf", len("String.valueOf"))
        reply = self.kernel.shell_reply(msg_id)["content"]
        self.assertTrue(reply["found"], reply)
        text = reply["data"]["text/plain"]
        self.assertIn("valueOf(", text)
        src_zip = kernel_java_home() / "lib" / "src.zip"
        if src_zip.exists():  # the JDK's javadoc comes from its sources (Debian: openjdk-17-source)
            self.assertIn("Returns the string representation", text, f"the javadoc in {src_zip} should be found")
        else:
            report(f"no {src_zip}: signatures only")

    def test_is_complete_gives_an_indent_when_incomplete(self):
        msg_id = self.kernel.client.is_complete("for (int i = 0; i < 3; i++) {")
        reply = self.kernel.shell_reply(msg_id)["content"]
        self.assertEqual("incomplete", reply["status"])
        self.assertIsInstance(reply["indent"], str)


class ShutdownTest(unittest.TestCase):

    def test_shutdown_with_the_restart_flag_replies_then_ends_the_process(self):
        kernel = Kernel()
        try:
            reply = kernel.control("shutdown_request", {"restart": True})
            self.assertEqual("ok", reply["content"]["status"])
            self.assertTrue(reply["content"]["restart"])
            self.assertIsNotNone(kernel.process.wait(timeout=TIMEOUT), "the kernel did not exit")
        finally:
            kernel.stop()

    def test_a_restarted_kernel_starts_afresh(self):
        kernel = Kernel()
        try:
            kernel.execute_ok(self, "int before = 1;")
            old_pid = kernel.process.pid
            kernel.manager.restart_kernel(now=False)
            kernel.client.wait_for_ready(timeout=TIMEOUT)
            self.assertNotEqual(old_pid, kernel.process.pid)
            self.assertEqual(1, kernel.execute_ok(self, "1 + 1").reply["execution_count"])
            execution = kernel.execute("before")
            self.assertEqual("error", execution.status, "state survived the restart: " + execution.describe())
        finally:
            kernel.stop()

    def test_a_kernel_whose_front_end_died_ends_itself(self):
        # jupyter_client names itself as the kernel's parent; here a stand-in parent that the test ends
        stand_in = subprocess.Popen(["sleep", "600"])
        spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        with tempfile.TemporaryDirectory() as scratch:
            connection_file, _ = write_connection_file(str(Path(scratch) / "kernel.json"))
            argv = [arg.replace("{connection_file}", connection_file) for arg in spec.argv]
            kernel = subprocess.Popen(argv, env=dict(os.environ, JPY_PARENT_PID=str(stand_in.pid)),
                                      stderr=subprocess.PIPE, text=True)
            client = BlockingKernelClient(connection_file=connection_file)
            client.load_connection_file()
            client.start_channels()
            try:
                client.wait_for_ready(timeout=TIMEOUT)
                self.assertIsNone(kernel.poll(), "the kernel ended while its front end lived")
                stand_in.kill()
                stand_in.wait()
                self.assertEqual(0, kernel.wait(timeout=TIMEOUT), "the orphaned kernel did not end cleanly")
                self.assertIn(f"the front end that started this kernel (pid {stand_in.pid}) has ended", kernel.stderr.read())
            finally:
                client.stop_channels()
                stand_in.kill()
                kernel.kill()
                kernel.wait()
                kernel.stderr.close()


if __name__ == "__main__":
    unittest.main()
