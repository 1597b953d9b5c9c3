"""`gil-lab render` executes a notebook and writes its .ipynb and a self-contained HTML file whose chart
headless Chromium draws from file:// with the network off; a failing cell fails the render and is named."""

import json
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from notebook_support import (CHROMIUM, CHROMIUM_FLAGS, JAR, KERNEL_NAME, NOTEBOOKS, REPO, SCREENSHOTS, java,
                              require_jar, small_run_environment, timed)

RENDER_TIMEOUT_SECONDS = 900


def render(*args):
    return subprocess.run([java(), "-jar", str(JAR), "render", *args], cwd=REPO, env=small_run_environment(),
                          capture_output=True, text=True, timeout=RENDER_TIMEOUT_SECONDS)


def chromium(html, *flags, user_data_dir):
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={user_data_dir}",
                           "--virtual-time-budget=10000", "--window-size=1200,2400", *flags, html.as_uri()],
                          capture_output=True, text=True, timeout=180)


class RenderTest(unittest.TestCase):
    def setUp(self):
        require_jar(self)
        self.out = Path(tempfile.mkdtemp(prefix="gil-lab-render-test-"))
        self.addCleanup(shutil.rmtree, self.out, ignore_errors=True)

    def test_renders_the_countdown_with_parameters_to_html_whose_chart_chromium_draws_offline(self):
        parameters = self.out / "parameters.yaml"
        parameters.write_text("workers: 2\nrepeats: 1\n")
        with timed("render 01-countdown.ipynb -p workers 3"):
            result = render("--out", str(self.out), "--parameters", str(parameters), "-p", "workers", "3",
                            str(NOTEBOOKS / "01-countdown.ipynb"))
        self.assertEqual(0, result.returncode, f"render failed:\n{result.stdout}\n{result.stderr}")
        executed, html, index = (self.out / name for name in ("01-countdown.ipynb", "01-countdown.html", "index.html"))
        for written in (executed, html, index):
            self.assertTrue(written.is_file(), f"{written} not written:\n{result.stdout}")
            self.assertIn(f"wrote {written} (", result.stdout, "render reports each file with its size")
        print(f"\n[size] {html.name}: {html.stat().st_size / 1e6:.1f} MB, "
              f"{executed.name}: {executed.stat().st_size / 1e6:.1f} MB")
        notebook = json.loads(executed.read_text())
        self.assert_parameters_injected_as_papermill_does(notebook)
        self.assertIsNone(re.search(r"<script[^>]+src=\"https?://[^\"]*plotly", html.read_text()),
                          "the HTML loads plotly.js from the network: it must carry it")
        self.assert_the_index_shows_title_chart_parameters_and_link(index.read_text())
        self.assert_chromium_draws_the_chart(html)

    def assert_parameters_injected_as_papermill_does(self, notebook):
        cells = notebook["cells"]
        tagged = [i for i, cell in enumerate(cells) if "parameters" in cell["metadata"].get("tags", [])]
        self.assertEqual(1, len(tagged), "the shipped notebook has one cell tagged parameters")
        injected = cells[tagged[0] + 1]
        self.assertEqual(["injected-parameters"], injected["metadata"]["tags"])
        # -p wins over the file; the names come in the order given, the file's first
        self.assertEqual("// Parameters\nint workers = 3;\nint repeats = 1;\n", "".join(injected["source"]))
        self.assertEqual({"workers": 3, "repeats": 1}, notebook["metadata"]["papermill"]["parameters"])
        printed = "".join("".join(output.get("text", "")) for cell in cells for output in cell.get("outputs", []))
        self.assertIn("on 3 threads and on a pool of 3 processes, 1 time(s) each", printed)
        labels = json.dumps([output.get("data", {}).get("text/html", "") for cell in cells for output in cell.get("outputs", [])])
        self.assertIn("3 threads", labels, "the results table has the 3-thread run")
        self.assertIn("Pool(3)", labels)

    def assert_the_index_shows_title_chart_parameters_and_link(self, index):
        self.assertIn('<a href="01-countdown.html">1 · The countdown: two threads, no faster</a>', index)
        self.assertIn('src="data:image/png;base64,', index, "the first chart's thumbnail")
        self.assertIn("workers = 3", index)
        self.assertIn("count = Params.count(50_000_000L)", index, "a parameter left at its default shows it")

    def test_an_unknown_parameter_or_a_value_of_the_wrong_type_is_an_error_before_anything_runs(self):
        countdown = str(NOTEBOOKS / "01-countdown.ipynb")
        result = render("--out", str(self.out), "-p", "threads", "3", countdown)
        self.assertEqual(2, result.returncode, result.stdout + result.stderr)
        self.assertIn("no parameter 'threads': 01-countdown.ipynb has count, workers, repeats", result.stderr)
        result = render("--out", str(self.out), "-p", "workers", "three", countdown)
        self.assertEqual(2, result.returncode, result.stdout + result.stderr)
        self.assertIn("parameter 'workers' of 01-countdown.ipynb is int: 'three' is not a whole number", result.stderr)
        self.assertEqual([], list(self.out.iterdir()), "nothing was rendered")

    def assert_chromium_draws_the_chart(self, html):
        if not Path(CHROMIUM).is_file():
            self.skipTest(f"{CHROMIUM} not found: install it (apt-get install chromium) to check the HTML")
        profile = Path(tempfile.mkdtemp(prefix="gil-lab-chromium-"))
        self.addCleanup(shutil.rmtree, profile, ignore_errors=True)
        with timed("chromium renders 01-countdown.html"):
            dom = chromium(html, "--dump-dom", user_data_dir=profile / "dom")
        self.assertIn('class="main-svg"', dom.stdout,
                      f"no Plotly SVG in the page Chromium drew; its stderr:\n{dom.stderr[-3000:]}")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        screenshot = SCREENSHOTS / "render-01-countdown.png"
        screenshot.unlink(missing_ok=True)
        chromium(html, f"--screenshot={screenshot}", user_data_dir=profile / "screenshot")
        self.assertTrue(screenshot.is_file() and screenshot.stat().st_size > 0, f"no screenshot at {screenshot}")

    def test_a_failing_cell_fails_the_render_and_names_the_notebook_and_the_cell(self):
        broken = self.out / "broken.ipynb"
        broken.write_text(json.dumps({
            "nbformat": 4, "nbformat_minor": 5,
            "metadata": {"kernelspec": {"name": KERNEL_NAME, "display_name": "Java (GIL Lab)", "language": "java"}},
            "cells": [
                {"cell_type": "code", "id": "fine", "metadata": {}, "execution_count": None, "outputs": [],
                 "source": "int fine = 1;"},
                {"cell_type": "code", "id": "fails", "metadata": {}, "execution_count": None, "outputs": [],
                 "source": "throw new IllegalStateException(\"broken on purpose\");"},
            ]}))
        with timed("render of a failing notebook"):
            result = render("--out", str(self.out / "rendered"), str(broken))
        self.assertNotEqual(0, result.returncode, result.stdout)
        self.assertIn(f"{broken} failed", result.stderr)
        self.assertIn("An error occurred while executing the following cell", result.stderr)
        self.assertIn("throw new IllegalStateException(\"broken on purpose\");", result.stderr)
        self.assertIn("IllegalStateException", result.stderr.split("------------------")[-1],
                      "the cell's error follows its source")

    def test_bad_arguments_say_what_to_do(self):
        result = render("--timeout", "soon")
        self.assertEqual(2, result.returncode)
        self.assertIn("--timeout needs a whole number of seconds above 0, got 'soon'", result.stderr)
        result = render(str(self.out / "missing.ipynb"))
        self.assertEqual(2, result.returncode)
        self.assertIn(f"no notebook '{self.out / 'missing.ipynb'}'", result.stderr)


if __name__ == "__main__":
    unittest.main()
