"""The classic Notebook's browser session, in JupyterLab 4, ONLY where JupyterLab can be installed offline:
pip in a venv under target/, pointed only at the local wheel store that `pip config list` names (never
at PyPI, which is unreachable and makes pip retry for many minutes). Skips with a message otherwise;
no other test depends on it. The browser side is src/test/browser/jupyterlab.test.js."""

import re
import subprocess
import sys
import unittest
from pathlib import Path

from notebook_support import (CHROMIUM, SCREENSHOTS, TARGET, JupyterServer, require_kernelspec,
                              run_browser_script, small_run_environment, timed)

VENV = TARGET / "jupyterlab-venv"
WORKERS = 3


def local_indexes(pip):
    """The file:// package indexes of pip's configuration, in order."""
    listed = subprocess.run([str(pip), "config", "list"], capture_output=True, text=True, timeout=60).stdout
    urls = []
    for key, value in re.findall(r"^(\S+?)='(.*)'$", listed, re.MULTILINE):
        if key.endswith("index-url"):
            urls += [url for url in value.split() if url.startswith("file://")]
    return urls


def install_jupyterlab(test):
    """target/jupyterlab-venv/bin/jupyter-lab, installing it first; skips the test when that cannot be done."""
    lab = VENV / "bin" / "jupyter-lab"
    if lab.is_file():
        return lab
    with timed("install JupyterLab into target/jupyterlab-venv"):
        created = subprocess.run([sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True)
        if created.returncode != 0:
            test.skipTest(f"cannot create a venv for JupyterLab: {created.stderr.strip()}")
        indexes = local_indexes(VENV / "bin" / "pip")
        if not indexes:
            test.skipTest("JupyterLab is not installable here: `pip config list` names no local (file://) wheel store")
        options = ["--index-url", indexes[0]] + [option for url in indexes[1:] for option in ("--extra-index-url", url)]
        try:
            installed = subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", *options, "jupyterlab"],
                                       capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            test.skipTest("installing JupyterLab from the local wheel store took over 5 minutes")
        if installed.returncode != 0 or not lab.is_file():
            test.skipTest(f"JupyterLab is not installable from {indexes}: {installed.stderr.strip()[-1500:]}")
    return lab


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
