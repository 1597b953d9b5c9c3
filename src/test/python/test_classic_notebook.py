"""A user's session in the classic Notebook (Debian's jupyter-notebook, 127.0.0.1 only) in headless Chromium:
open a notebook, set 3 workers in the parameters cell, Run All, see the chart and the 3 threads (for
01-countdown.ipynb, and for 07-your-own-program.ipynb, whose %%python cells must be highlighted as Python).
The browser side is src/test/browser/classic-notebook.test.js (playwright-core driving /usr/bin/chromium)."""

import shutil
import unittest
from pathlib import Path

from notebook_support import (CHROMIUM, SCREENSHOTS, JupyterServer, require_kernelspec, run_browser_script,
                              small_run_environment, timed)

WORKERS = 3  # not the notebook's default (2), so the output proves the edit took effect


class ClassicNotebookTest(unittest.TestCase):
    def test_edit_the_worker_count_run_all_and_see_the_chart(self):
        self.run_all("01-countdown")

    def test_your_own_program_runs_with_its_python_cells_highlighted(self):
        self.run_all("07-your-own-program")

    def run_all(self, notebook_name):
        notebook = shutil.which("jupyter-notebook")
        if not notebook:
            self.skipTest("jupyter-notebook not found: apt-get install jupyter-notebook to run this test")
        if not Path(CHROMIUM).is_file():
            self.skipTest(f"{CHROMIUM} not found: apt-get install chromium to run this test")
        require_kernelspec(self)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        screenshot = SCREENSHOTS / f"classic-notebook-{notebook_name}.png"
        with timed(f"classic Notebook browser test, {notebook_name}"), \
                JupyterServer([notebook], "NotebookApp.token", "classic-notebook-server.log") as server:
            environment = dict(small_run_environment(), NOTEBOOK_URL=server.url(f"notebooks/{notebook_name}.ipynb"),
                               WORKERS=str(WORKERS), SCREENSHOT=str(screenshot))
            run_browser_script(self, "classic-notebook.test.js", environment, timeout=900)
        self.assertTrue(screenshot.is_file(), f"no screenshot at {screenshot}")


if __name__ == "__main__":
    unittest.main()
