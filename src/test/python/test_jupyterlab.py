"""The classic Notebook's browser session, in JupyterLab 4, ONLY where JupyterLab can be installed: by
`gil-lab lab --install-only`, into its venv under target/lab-data (see test_lab_command), which points pip
only at the local wheel store that `pip config list` names. Skips with a message otherwise; no other test
depends on it. The browser side is src/test/browser/jupyterlab.test.js."""

import unittest
from pathlib import Path

from notebook_support import (CHROMIUM, SCREENSHOTS, JupyterServer, lab_install_only, require_jar,
                              require_kernelspec, run_browser_script, small_run_environment, timed)

WORKERS = 3


def install_jupyterlab(test):
    """JupyterLab's jupyter-lab, installed first by `gil-lab lab` if need be; skips the test when it cannot be."""
    require_jar(test)
    with timed("lab --install-only"):
        output, jupyter = lab_install_only(test)
    if not jupyter or not jupyter.startswith("JupyterLab: "):
        test.skipTest(f"JupyterLab is not installable here; gil-lab lab said:\n{output}")
    return Path(jupyter.split(": ", 1)[1])


class JupyterLabTest(unittest.TestCase):
    def test_edit_the_worker_count_run_all_and_see_the_chart(self):
        self.run_all("01-countdown")

    def test_your_own_program_runs_all(self):
        self.run_all("07-your-own-program")

    def run_all(self, notebook_name):
        if not Path(CHROMIUM).is_file():
            self.skipTest(f"{CHROMIUM} not found: apt-get install chromium to run this test")
        require_kernelspec(self)
        lab = install_jupyterlab(self)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        screenshot = SCREENSHOTS / f"jupyterlab-{notebook_name}.png"
        with timed(f"JupyterLab browser test, {notebook_name}"), \
                JupyterServer([str(lab), "--expose-app-in-browser"], "ServerApp.token", "jupyterlab-server.log") as server:
            environment = dict(small_run_environment(), NOTEBOOK_URL=server.url(f"lab/tree/{notebook_name}.ipynb?reset"),
                               WORKERS=str(WORKERS), SCREENSHOT=str(screenshot))
            run_browser_script(self, "jupyterlab.test.js", environment, timeout=900)
        self.assertTrue(screenshot.is_file(), f"no screenshot at {screenshot}")


if __name__ == "__main__":
    unittest.main()
