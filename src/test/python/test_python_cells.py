"""End-to-end tests of %%python cells through jupyter_client: Python on the model in sessions per GIL kind
and profile, IPython's behaviour (Out[n], live output from threads, errors as CPython reports them, input(),
interrupts), values shared with Java cells, completion and is_complete, and --cpython beside the real
CPython (skipped where there is no python3). Waits are on messages, never sleeps.
"""
import json
import re
import shutil
import tempfile
import time
import unittest
from pathlib import Path

from kernel_support import TIMEOUT, parent_id, plain
from test_kernel_e2e import KernelTestCase, report

NO_PYTHON3 = shutil.which("python3") is None

# A program that exercises what both engines print alike: ints (big ones too), floats, str methods,
# f-strings, containers and their reprs, sorting, comprehensions, exceptions' messages.
DIFFERENTIAL_PROGRAM = """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90), 2 ** 100, -7 // 2, -7 % 3, 7 / 2, 0.1 + 0.2, round(2.675, 2))
words = "the quick brown fox".split()
print(sorted(words, key=len), [w.upper() for w in words if len(w) > 3])
print({"a": [1, (2, 3)], "b": None, "c": True}, f"{3.14159:.2f}|{42:>5}|{'x'!r}")
print(repr("it's"), str(1e16), 1e-5, divmod(17, 5), hex(255), list(range(3, 12, 4)))
import threading
results = []
def worker(n):
    total = 0
    for i in range(n):
        total += i
    results.append(total)
threads = [threading.Thread(target=worker, args=(n,)) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
sorted(results)
"""


def two_threads(definition, target, args):
    """Python that defines a function and runs it in two threads, then joins them."""
    return (f"import threading, time\n{definition}"
            f"ts = [threading.Thread(target={target}, args={args}) for _ in range(2)]\n"
            "for t in ts:\n    t.start()\nfor t in ts:\n    t.join()")


def sections(stdout):
    """The output of each engine of a labelled cell: {label: text}, from its '── label ──' header to its footer."""
    found = {}
    for match in re.finditer(r"── (.+?) ──\n(.*?)── (.+?): [0-9.]+ s[^\n]*──", stdout, re.S):
        found[match.group(1)] = match.group(2)
    return found


class PythonCellTest(KernelTestCase):

    def test_the_last_expression_is_out_and_globals_persist(self):
        execution = self.execute_ok("%%python\nx = 41\nprint('printed')\nx + 1")
        self.assertEqual("42", execution.result_text)
        self.assertEqual("printed\n", execution.stdout)
        self.assertIsNone(self.execute_ok("%%python\nprint(x)").result_text, "print returns None: no Out")
        self.assertEqual("[41, 'x', (1.5, None), {'k': True}]",
                         self.execute_ok("%%python\n[x, 'x', (1.5, None), {'k': True}]").result_text)
        self.assertEqual("[41, 'x', (1.5, None), {'k': True}]", self.execute_ok("%%python\n_").result_text,
                         "_ is the last value shown")

    def test_threads_print_live_into_the_cell_that_started_them(self):
        execution = self.execute_ok(
            "%%python\nimport threading\n"
            "def work(n):\n    print('worker', n)\n"
            "threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]\n"
            "for t in threads:\n    t.start()\nfor t in threads:\n    t.join()")
        self.assertEqual(["worker 0", "worker 1", "worker 2"], sorted(execution.stdout.split("\n")[:-1]))

    def test_a_finished_cells_thread_never_prints_into_a_later_cell(self):
        a = self.execute_ok(
            "%%python\nimport threading\n"
            "go = threading.Lock()\ngo.acquire()\nprinted = threading.Lock()\nprinted.acquire()\n"
            "def late():\n    go.acquire()\n    print('late line from cell A')\n    printed.release()\n"
            "t = threading.Thread(target=late)\nt.start()")
        b = self.execute_ok("%%python\ngo.release()\nprinted.acquire()\nt.join()\nprint(\"B's own line\")")
        self.assertEqual("B's own line\n", b.stdout)
        late = self.kernel.wait_iopub(lambda m: m["header"]["msg_type"] == "stream"
                                      and "late line from cell A" in m["content"]["text"], what="A's late line")
        self.assertEqual(a.msg_id, parent_id(late))

    def test_an_uncaught_exception_is_cpythons_with_the_cells_line_numbers(self):
        execution = self.kernel.execute("%%python\n\ndef f(d):\n    return d['missing']\nf({})")
        self.assertEqual("error", execution.status)
        self.assertEqual("KeyError", execution.reply["ename"])
        self.assertEqual("'missing'", execution.reply["evalue"])
        self.assertEqual(['Traceback (most recent call last):',
                          '  File "In [%d]", line 5, in <module>' % execution.reply["execution_count"],
                          '    f({})',
                          '  File "In [%d]", line 4, in f' % execution.reply["execution_count"],
                          "    return d['missing']",
                          '           ~^^^^^^^^^^^',
                          "KeyError: 'missing'"], [plain(line) for line in execution.reply["traceback"]])
        self.assertEqual(1, len(execution.contents("error")), "one error output, as IPython sends")

    def test_a_syntax_error_is_cpythons_syntax_error(self):
        execution = self.kernel.execute("%%python\nx = 1\n1 +* 2")
        self.assertEqual("error", execution.status)
        self.assertEqual("SyntaxError", execution.reply["ename"])
        count = execution.reply["execution_count"]
        self.assertEqual(f"invalid syntax (In [{count}], line 3)", execution.reply["evalue"])
        self.assertEqual([f'  File "In [{count}]", line 3', "    1 +* 2", "       ^", "SyntaxError: invalid syntax"],
                         execution.reply["traceback"])

    def test_bad_options_say_what_is_allowed(self):
        execution = self.kernel.execute("%%python --gil sideways\n1")
        self.assertEqual("error", execution.status)
        self.assertEqual("UsageError", execution.reply["ename"])
        self.assertEqual("unknown GIL kind 'sideways': use one of new, old, free, unsafe", execution.reply["evalue"])
        self.assertIn("unknown option '--fast'", self.kernel.execute("%%python --fast\n1").reply["evalue"])
        self.assertIn("--gil KIND", self.execute_ok("%%python --help").stdout)
        self.assertIn("%%python", self.execute_ok("%help").stdout)

    def test_each_gil_kind_and_profile_has_its_session_and_reset_starts_afresh(self):
        self.execute_ok("%%python --gil free\nonly_in_free = 1\nimport sys")
        self.assertEqual("'free'", self.execute_ok("%%python --gil free\nsys.gil").result_text)
        self.assertEqual("NameError", self.kernel.execute("%%python\nonly_in_free").reply["ename"])
        self.assertEqual("NameError", self.kernel.execute("%%python --gil free --profile 3.9\nonly_in_free").reply["ename"])
        self.assertEqual("'3.9.18'", self.execute_ok(
            "%%python --gil free --profile 3.9\nimport sys\nsys.version.split()[0]").result_text)
        self.execute_ok("%%python --gil free --reset\nimport sys")
        self.assertEqual("NameError", self.kernel.execute("%%python --gil free\nonly_in_free").reply["ename"])

    def test_intervals_change_the_running_session_as_sys_would(self):
        self.execute_ok("%%python --gil old\nkept = 'still here'")
        self.assertEqual("(0.001, 'still here')", self.execute_ok(
            "%%python --gil old --switch-interval 1\nimport sys\nsys.getswitchinterval(), kept").result_text)
        self.assertEqual("(7, 0.001)", self.execute_ok(
            "%%python --gil old --check-interval 7\nsys.getcheckinterval(), sys.getswitchinterval()").result_text)

    def test_stats_show_the_locks_hand_offs_for_the_cell(self):
        execution = self.execute_ok("%%python --stats --switch-interval 1\n" + two_threads(
            "def spin(seconds):\n    end = time.perf_counter() + seconds\n    while time.perf_counter() < end:\n        pass\n",
            "spin", "(0.2,)"))
        tables = [d["data"] for d in execution.contents("display_data")]
        self.assertEqual(1, len(tables), execution.describe())
        self.assertIn("text/html", tables[0])
        text = tables[0]["text/plain"]
        self.assertRegex(text, r"GIL new \(switch interval 1\.000 ms\).*\d+ hand-offs, \d+ drop requests")
        self.assertIn("Thread-", text)
        handoffs = int(re.search(r"(\d+) hand-offs", text).group(1))
        report(f"{handoffs} hand-offs in 0.2 s of two spinning threads at 1 ms")
        self.assertGreater(handoffs, 0)
        free = self.execute_ok("%%python --gil free --stats\n1")
        self.assertIn("never wait for a lock", free.contents("display_data")[0]["data"]["text/plain"])

    def test_timeline_draws_a_chart_and_writes_a_chrome_trace(self):
        with tempfile.TemporaryDirectory() as directory:
            trace = Path(directory) / "trace.json"
            execution = self.execute_ok(f"%%python --timeline {trace}\n" + two_threads(
                "def countdown(n):\n    while n > 0:\n        n -= 1\n", "countdown", "(300000,)"))
            charts = [d["data"] for d in execution.contents("display_data")]
            self.assertEqual(1, len(charts), execution.describe())
            self.assertIn("application/vnd.plotly.v1+json", charts[0])
            self.assertIn("Who held the GIL", charts[0]["text/plain"])
            self.assertIn(str(trace), execution.stdout)
            events = json.loads(trace.read_text())["traceEvents"]
        holds = [e for e in events if e["ph"] == "X"]
        threads = {e["args"]["name"] for e in events if e["name"] == "thread_name"}
        self.assertTrue(holds, "no hold of the lock in the trace")
        self.assertEqual(2, len([t for t in threads if t.endswith("(countdown)")]), threads)
        self.assertTrue(all(e["dur"] >= 0 and e["ts"] >= 0 for e in holds))

    def test_input_asks_the_front_end(self):
        msg_id = self.kernel.start("%%python\nname = input('Name: ')\nname.upper()", allow_stdin=True)
        request = self.kernel.client.get_stdin_msg(timeout=TIMEOUT)
        self.assertEqual("input_request", request["header"]["msg_type"])
        self.assertEqual(msg_id, parent_id(request))
        self.kernel.wait_output(msg_id, "Name: ")
        self.kernel.client.input("ada")
        execution = self.kernel.finish(msg_id)
        self.assertEqual("'ADA'", execution.result_text, execution.describe())
        refused = self.kernel.execute("%%python\ninput()", allow_stdin=False)
        self.assertEqual("OSError", refused.reply["ename"])
        self.assertIn("allow_stdin is false", refused.reply["evalue"])

    def test_values_cross_between_java_and_python_cells(self):
        self.execute_ok('Python.set("fromJava", Map.of("n", 3, "xs", List.of(1.5, 2.5), "ok", true));\n'
                        'Python.set("sizes", new int[] {1, 2, 4});')
        self.assertEqual("(3, [1.5, 2.5], True, [1, 2, 4])", self.execute_ok(
            "%%python\nfromJava['n'], fromJava['xs'], fromJava['ok'], sizes").result_text)
        self.execute_ok("%%python\nbig = 2 ** 70\nrows = [{'threads': 1, 'seconds': 0.5}, {'threads': 2, 'seconds': 0.52}]\n"
                        "pair = (1, 'a')\nnothing = None")
        self.assertEqual("java.math.BigInteger 1180591620717411303424",
                         self.execute_ok('Python.get("big").getClass().getName() + " " + Python.get("big")').result_text)
        self.assertEqual("Long", self.execute_ok('((List<?>) Python.get("sizes")).get(0).getClass().getSimpleName()').result_text)
        self.assertEqual("[1, a] null", self.execute_ok('Python.get("pair") + " " + Python.get("nothing")').result_text)
        table = self.execute_ok('Python.table("rows")')
        self.assertIn("seconds", table.result_text)
        self.assertIn("text/html", table.contents("execute_result")[0]["data"])
        self.assertEqual("2", self.execute_ok('Python.table("rows").rowCount()').result_text)
        self.assertIn("NameError: name 'no_such_global' is not defined",
                      self.kernel.execute('Python.get("no_such_global")').error_text)

    def test_completion_looks_into_the_session(self):
        self.execute_ok("%%python\nimport threading\ncounter_of_things = 1")
        code = "%%python\nx = 1\nthreading.Th"
        reply = self.kernel.shell("complete_request", {"code": code, "cursor_pos": len(code)})["content"]
        self.assertEqual(["Thread", "ThreadError"], reply["matches"], "as dir(threading) has them on CPython")
        self.assertEqual((len(code) - 2, len(code)), (reply["cursor_start"], reply["cursor_end"]))
        code = "%%python\ncounter_of"
        self.assertEqual(["counter_of_things"], self.kernel.shell(
            "complete_request", {"code": code, "cursor_pos": len(code)})["content"]["matches"])
        code = "%%python\nwhi"
        self.assertIn("while", self.kernel.shell("complete_request", {"code": code, "cursor_pos": len(code)})["content"]["matches"])
        code = "%%python --gil free\nx"
        self.assertEqual("ok", self.kernel.shell("complete_request", {"code": code, "cursor_pos": 5})["content"]["status"],
                         "completing on the magic's own line does not fail")

    def test_inspection_shows_signature_and_type(self):
        self.execute_ok("%%python\ndef countdown(n, step=1):\n    pass")
        code = "%%python\ncountdown(10)"
        reply = self.kernel.shell("inspect_request", {"code": code, "cursor_pos": len("%%python\ncount"),
                                                      "detail_level": 0})["content"]
        self.assertTrue(reply["found"], reply)
        self.assertIn("countdown(n, step=1)", reply["data"]["text/plain"])
        self.assertIn("function", reply["data"]["text/plain"])

    def test_is_complete_for_python(self):
        reply = self.kernel.shell("is_complete_request", {"code": "%%python\nfor i in range(3):"})["content"]
        self.assertEqual({"status": "incomplete", "indent": "    "}, reply)
        self.assertEqual("incomplete", self.kernel.shell("is_complete_request",
                                                         {"code": "%%python\nprint(1,"})["content"]["status"])
        self.assertEqual("complete", self.kernel.shell("is_complete_request",
                                                       {"code": "%%python\nprint(1)"})["content"]["status"])
        self.assertEqual("invalid", self.kernel.shell("is_complete_request",
                                                      {"code": "%%python\n1 +* 2"})["content"]["status"])


@unittest.skipIf(NO_PYTHON3, "no python3 on PATH: --cpython has nothing to run on")
class CPythonCellTest(KernelTestCase):

    def test_both_engines_run_the_cell_labelled_with_their_wall_times(self):
        execution = self.execute_ok("%%python --cpython" + DIFFERENTIAL_PROGRAM)
        found = sections(execution.stdout)
        model = found.get("new GIL (model, 3.11 profile)")
        cpython = next((text for label, text in found.items() if label.startswith("CPython 3.")), None)
        self.assertIsNotNone(model, execution.stdout)
        self.assertIsNotNone(cpython, execution.stdout)
        self.assertEqual(cpython, model, "the model printed something else than CPython")
        self.assertIn("Out: [45, 4950, 499500]", model)
        self.assertIsNone(execution.result_text, "with two engines each shows its value in its section")
        self.assertRegex(execution.stdout, r"── new GIL: [0-9.]+ s ──")
        self.assertRegex(execution.stdout, r"── CPython 3\.[0-9.]+: [0-9.]+ s ──")

    def test_the_cpython_session_persists_and_shares_values_with_java(self):
        self.execute_ok("%%python --cpython\nimport os\npid = os.getpid()\ncounter = 1")
        second = self.execute_ok("%%python --cpython\nimport os\ncounter += 1\nos.getpid() == pid, counter")
        self.assertIn("Out: (True, 2)", second.stdout.split("── CPython")[1])
        self.execute_ok('Python.set("shared", List.of(1, 2));')
        self.assertIn("Out: [1, 2]", self.execute_ok("%%python --cpython\nshared").stdout.split("── CPython")[1])
        self.assertEqual("2", self.execute_ok('Python.cpython().get("counter")').result_text)
        self.execute_ok("%%python --gil new,free --cpython\nrows = [{'engine_rows': 1, 'seconds': 0.25}]")
        compared = self.execute_ok('Python.compare("rows", "new", "free", "cpython")').result_text
        self.assertEqual(3, len(re.findall(r"0\.25", compared)), compared)
        self.assertIn("free-threaded", compared)
        self.assertRegex(compared, r"CPython 3\.")

    def test_errors_on_cpython_are_cpythons(self):
        execution = self.kernel.execute("%%python --cpython\nimport sys\nif 'GIL Lab' not in sys.version:\n    {}['k']")
        self.assertEqual("error", execution.status)
        self.assertEqual("KeyError", execution.reply["ename"])
        self.assertEqual(["Traceback (most recent call last):",
                          '  File "In [%d]", line 4, in <module>' % execution.reply["execution_count"],
                          "    {}['k']", "     ~~^^^^^", "KeyError: 'k'"], execution.reply["traceback"])

    def test_input_on_cpython_asks_the_front_end(self):
        msg_id = self.kernel.start("%%python --cpython\nimport sys\n"
                                   "if 'GIL Lab' not in sys.version:\n    answer = input('Your name: ')\n    print(answer[::-1])",
                                   allow_stdin=True)
        self.kernel.client.get_stdin_msg(timeout=TIMEOUT)
        self.kernel.client.input("ada lovelace")
        execution = self.kernel.finish(msg_id)
        self.assertEqual("ok", execution.status, execution.describe())
        self.assertIn("ecalevol ada", execution.stdout)


class PythonInterruptTest(KernelTestCase):
    kernel_per_test = True

    def interrupt_cell(self, code, started, interrupts=1):
        msg_id = self.kernel.start(code)
        try:
            self.kernel.wait_output(msg_id, started)
        finally:
            sent = time.monotonic()
            for _ in range(interrupts):
                self.assertEqual("ok", self.kernel.interrupt()["content"]["status"])
        self.kernel.shell_reply(msg_id)
        report(f"interrupt→execute_reply {(time.monotonic() - sent) * 1000:.0f} ms")
        execution = self.kernel.finish(msg_id)
        self.assertEqual("error", execution.status, execution.describe())
        self.assertEqual("KeyboardInterrupt", execution.reply["ename"], execution.describe())
        self.assert_kernel_serves()
        return execution

    def test_a_busy_loop_stops_with_keyboard_interrupt_and_no_thread_keeps_spinning(self):
        execution = self.interrupt_cell(
            "%%python\nimport threading\n"
            "def spin():\n    n = 0\n    while True:\n        n += 1\n"
            "threading.Thread(target=spin).start()\nprint('spinning')\nspin()", "spinning")
        self.assertIn('line 9, in <module>', "\n".join(execution.reply["traceback"]))
        self.assertIn("Exception in thread Thread-1 (spin)", execution.stderr, "the other thread says it was stopped")
        self.assertEqual("1", self.execute_ok("%%python\nimport threading\nthreading.active_count()").result_text)
        self.assertEqual("0", self.execute_ok(
            'Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().endsWith("(spin)")).count()').result_text)
        self.assertEqual("'still usable'", self.execute_ok("%%python\n'still usable'").result_text)

    def test_a_sleep_and_a_join_stop(self):
        self.interrupt_cell("%%python\nimport time\nprint('sleeping')\ntime.sleep(600)", "sleeping")
        self.interrupt_cell("%%python\nimport threading, time\nt = threading.Thread(target=time.sleep, args=(600,))\n"
                            "t.start()\nprint('joining')\nt.join()", "joining")

    @unittest.skipIf(NO_PYTHON3, "no python3 on PATH")
    def test_cpython_stops_and_a_session_with_threads_left_is_ended(self):
        skip_model = "import sys, time, threading\nif 'GIL Lab' not in sys.version:\n"
        execution = self.interrupt_cell("%%python --cpython\n" + skip_model + "    print('sleeping')\n    time.sleep(600)",
                                        "sleeping")
        self.assertIn("time.sleep(600)", "\n".join(execution.reply["traceback"]))
        self.execute_ok("%%python --cpython\nimport os\nfirst_pid = os.getpid()")
        execution = self.interrupt_cell(
            "%%python --cpython\n" + skip_model + "    def spin():\n        while True:\n            pass\n"
            "    threading.Thread(target=spin, name='spinner', daemon=True).start()\n"
            "    print('spinning')\n    time.sleep(600)", "spinning")
        self.assertIn("'spinner' kept running", execution.stderr)
        fresh = self.kernel.execute("%%python --cpython\nimport sys\nif 'GIL Lab' not in sys.version:\n    first_pid")
        self.assertEqual("NameError", fresh.reply["ename"], "the CPython session should have started afresh")

    @unittest.skipIf(NO_PYTHON3, "no python3 on PATH")
    def test_a_second_interrupt_ends_a_cpython_that_ignores_the_first(self):
        execution = self.interrupt_cell(
            "%%python --cpython\nimport sys, time\nif 'GIL Lab' not in sys.version:\n"
            "    import signal\n    signal.signal(signal.SIGINT, signal.SIG_IGN)\n    print('ignoring')\n    time.sleep(600)",
            "ignoring", interrupts=2)
        self.assertIn("second", execution.reply["evalue"])


if __name__ == "__main__":
    unittest.main()
