"""Jupyter's own conformance tests (jupyter_kernel_test.KernelTests) run against the GIL Lab kernel,
and the installed kernelspec's class-data archive: used when valid, harmless when stale.

Every attribute that applies to a Java kernel is set; KernelTests skips the tests whose attribute is
empty. Left empty on purpose: code_page_something (the kernel has no pager payloads) and
code_clear_output (the display API has no clear-output call).
"""
import json
import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

import jupyter_kernel_test
from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

from kernel_support import KERNEL_NAME, TIMEOUT


class GilLabKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME

    language_name = "java"
    file_extension = ".java"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("something went wrong");'

    completion_samples = [
        {"text": "Math.floorMo", "matches": {"floorMod("}},
        {"text": "System.out.printl", "matches": {"println("}},
        {"text": "java.util.concurrent.CountDownLa", "matches": {"CountDownLatch"}},
    ]

    complete_code_samples = [
        "1 + 1",
        "int answer = 42;",
        'System.out.println("done");',
        "void greet() { System.out.println(\"hi\"); }",
        "class Point { int x, y; }",
        "import java.util.List;",
        "for (int i = 0; i < 3; i++) {\n    System.out.println(i);\n}",
    ]
    incomplete_code_samples = [
        "if (true) {",
        "void greet() {",
        "class Point {",
        'String s = "abc" +',
        "for (int i = 0; i < 3; i++)",
    ]
    invalid_code_samples = [
        "}",
        "int x = ;",
        "int x = 1;)",
    ]

    code_generate_error = 'throw new IllegalStateException("this cell fails on purpose");'

    # code_history_pattern is a glob that must match exactly one of these codes.
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "java.util.List.of(1, 2, 3)", "result": "[1, 2, 3]"},
        {"code": "Math.max(3, 9) > 5", "result": "true"},
        {"code": "int[] a = {1, 2}; a.length", "result": "2"},
    ]
    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")

    code_display_data = [
        {"code": 'display(html("<b>hi</b>"));', "mime": "text/html"},
        {"code": 'display("<b>bold</b>", "text/html");', "mime": "text/html"},
        {"code": 'display(markdown("# A title"));', "mime": "text/markdown"},
        {"code": 'display(latex("$$\\\\sum_{i=1}^n i$$"));', "mime": "text/latex"},
        {"code": 'display(svg("<svg xmlns=\\"http://www.w3.org/2000/svg\\" width=\\"4\\" height=\\"4\\"/>"));',
         "mime": "image/svg+xml"},
        {"code": 'display(json(java.util.Map.of("threads", 4)));', "mime": "application/json"},
        {"code": 'display(java.util.Map.of("threads", 4), "application/json");', "mime": "application/json"},
        {"code": 'display(MimeBundle.text("a custom type")'
                 '.with("application/vnd.gillab.test+json", java.util.Map.of("gil", true)));',
         "mime": "application/vnd.gillab.test+json"},
    ]

    code_inspect_sample = "String.valueOf"


ARCHIVE_OPTIONS = ("-XX:SharedArchiveFile=", "-XX:AOTCache=")


def archive_option(argv):
    """The JVM option of argv that names the class-data archive, or None."""
    return next((arg for arg in argv if arg.startswith(ARCHIVE_OPTIONS)), None)


def strict(argv):
    """argv made to fail, rather than fall back, when the archive cannot be used (then --help)."""
    jvm_options = argv[1:argv.index("-jar")]
    require = "-XX:AOTMode=on" if archive_option(argv).startswith("-XX:AOTCache=") else "-Xshare:on"
    return [argv[0], *jvm_options, require, "-jar", argv[argv.index("-jar") + 1], "--help"]


class ClassDataArchiveTest(unittest.TestCase):
    """install made an archive next to kernel.json (Maven installs without --no-cds)."""

    def setUp(self):
        self.spec = KernelSpecManager().get_kernel_spec(KERNEL_NAME)
        if archive_option(self.spec.argv) is None:
            self.skipTest(f"kernelspec {KERNEL_NAME} has no class-data archive (installed with --no-cds?)")

    def test_the_archive_is_next_to_kernel_json_and_valid_for_its_java_and_jar(self):
        archive = Path(archive_option(self.spec.argv).split("=", 1)[1])
        self.assertEqual(Path(self.spec.resource_dir), archive.parent)
        self.assertGreater(archive.stat().st_size, 0)
        run = subprocess.run(strict(self.spec.argv), capture_output=True, text=True, timeout=TIMEOUT)
        self.assertEqual(0, run.returncode, f"the JVM cannot use the archive: {run.stdout}{run.stderr}")

    def test_installing_again_keeps_a_valid_archive_and_remakes_a_stale_one(self):
        java = self.spec.argv[0]
        jar = self.spec.argv[self.spec.argv.index("-jar") + 1]
        with tempfile.TemporaryDirectory() as prefix:
            def install(jar_to_run):
                run = subprocess.run([java, "-jar", jar_to_run, "install", "--prefix", prefix],
                                     capture_output=True, text=True, timeout=600)
                self.assertEqual(0, run.returncode, run.stdout + run.stderr)
                return run.stdout

            self.assertIn("Making the class-data archive", install(jar))
            self.assertIn("Kept the class-data archive", install(jar))
            rebuilt = Path(prefix, "rebuilt.jar")
            shutil.copyfile(jar, rebuilt)
            self.assertIn("Making the class-data archive", install(str(rebuilt)), "the archive is stale for another jar")

    def test_a_kernel_whose_archive_is_stale_starts_and_says_nothing_about_it(self):
        with tempfile.TemporaryDirectory() as data_dir:
            # the same kernelspec, running a copy of the jar: the archive, made for the original, is stale
            spec_dir = Path(data_dir, "kernels", "gil-lab-stale")
            shutil.copytree(self.spec.resource_dir, spec_dir)
            jar = Path(data_dir, "rebuilt.jar")
            shutil.copyfile(self.spec.argv[self.spec.argv.index("-jar") + 1], jar)
            spec = json.loads((spec_dir / "kernel.json").read_text())
            spec["argv"][spec["argv"].index("-jar") + 1] = str(jar)
            (spec_dir / "kernel.json").write_text(json.dumps(spec))
            self.assertNotEqual(0, subprocess.run(strict(spec["argv"]), capture_output=True, timeout=TIMEOUT).returncode,
                                "the archive should be stale for the copied jar")

            log = Path(data_dir, "kernel.log")
            with open(log, "w") as output:
                manager = KernelManager(kernel_name="gil-lab-stale",
                                        kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(spec_dir.parent)]))
                manager.start_kernel(stdout=output, stderr=output)
                client = manager.client()
                client.start_channels()
                try:
                    client.wait_for_ready(timeout=TIMEOUT)
                    results = []
                    reply = client.execute_interactive(
                        "1 + 1", timeout=TIMEOUT,
                        output_hook=lambda msg: results.append(msg["content"]["data"]["text/plain"])
                        if msg["header"]["msg_type"] == "execute_result" else None)
                    self.assertEqual("ok", reply["content"]["status"])
                    self.assertEqual(["2"], results)
                finally:
                    client.stop_channels()
                    manager.shutdown_kernel(now=False)
            printed = log.read_text()
            for word in ("[cds", "[aot", "archive", "sharing"):
                self.assertNotIn(word, printed.lower(), f"the kernel printed:\n{printed}")


if __name__ == "__main__":
    unittest.main()
