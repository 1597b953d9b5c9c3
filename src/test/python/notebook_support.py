"""What the notebook, render and browser tests share: where things are, the small sizes CI runs with,
and how to start headless Chromium without network access. Run with Debian's /usr/bin/python3."""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
NOTEBOOKS = REPO / "notebooks"
TARGET = REPO / "target"
JAR = TARGET / "gil-lab.jar"
SCREENSHOTS = TARGET / "screenshots"
KERNEL_NAME = "gil-lab"
CHROMIUM = "/usr/bin/chromium"

# The notebooks' own defaults are the seed's sizes (a count of 50 million); CI runs them small.
# A value already in the environment wins, so a developer can run the tests at full size.
SMALL_RUN = {"GILLAB_COUNT": "2000000", "GILLAB_REPEATS": "1"}

# Headless Chromium with no network: no sandbox (CI runs as root), nothing fetched in the background,
# and every request that is not to 127.0.0.1 sent to a proxy that does not exist.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--proxy-server=127.0.0.1:9",
]


# XDG_DATA_HOME for `gil-lab lab` in the tests: its JupyterLab venv and (in jupyter/) the user kernelspec go
# under target/, never the real user's, and the venv is made once per build for every test that needs it.
LAB_DATA_HOME = TARGET / "lab-data"


def lab_install_only(test, data_home=LAB_DATA_HOME, environment=os.environ):
    """Runs `gil-lab lab --install-only` with XDG_DATA_HOME data_home and no jupyter-lab on PATH (HOME stays,
    for pip's configuration); returns its output and the Jupyter it names ("JupyterLab: PATH" or
    "the classic Notebook: PATH"), or None."""
    env = dict(environment, XDG_DATA_HOME=str(data_home), JUPYTER_DATA_DIR=str(LAB_DATA_HOME / "jupyter"))
    env["PATH"] = os.pathsep.join(d for d in env.get("PATH", "").split(os.pathsep)
                                  if d and not (Path(d) / "jupyter-lab").exists())
    run = subprocess.run([java(), "-jar", str(JAR), "lab", "--install-only"], env=env, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=900)
    output = run.stdout + run.stderr
    test.assertEqual(0 if "Notebook: " in output or "JupyterLab: " in output else 1, run.returncode, output)
    lines = [line for line in run.stdout.splitlines() if line.startswith(("JupyterLab: ", "the classic Notebook: "))]
    return output, lines[-1] if lines else None


def small_run_environment():
    """os.environ with SMALL_RUN's sizes wherever the environment sets none."""
    environment = dict(os.environ)
    for name, value in SMALL_RUN.items():
        environment.setdefault(name, value)
    return environment


def notebook_paths():
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def java():
    home = os.environ.get("JAVA_HOME")
    return str(Path(home) / "bin" / "java") if home else shutil.which("java") or "java"


def require_jar(test):
    if not JAR.is_file():
        test.fail(f"{JAR} is missing: build it first with `mvn package` (or run the tests with `mvn verify`)")


def require_kernelspec(test):
    """Fails with what to do when the gil-lab kernel cannot be found (mvn verify installs it)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        test.fail(f"no '{KERNEL_NAME}' kernelspec on JUPYTER_PATH={os.environ.get('JUPYTER_PATH', '')!r}: "
                  f"run `java -jar target/gil-lab.jar install --prefix target/jupyter` and set "
                  f"JUPYTER_PATH=target/jupyter/share/jupyter (mvn verify does both)")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def timed(what):
    """Prints how long the block took, so CI logs show where the minutes go."""
    started = time.monotonic()
    try:
        yield
    finally:
        print(f"\n[timing] {what}: {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)


BROWSER_TESTS = REPO / "src" / "test" / "browser"


def run_browser_script(test, script, environment, timeout):
    """Runs a playwright-core script of src/test/browser with node, installing its locked npm packages
    first when node_modules is missing; fails the test with the script's output when it fails."""
    if not shutil.which("node") or not shutil.which("npm"):
        test.skipTest("node and npm are needed for the browser tests (apt-get install nodejs npm)")
    environment = dict(environment, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD="1")  # we use /usr/bin/chromium only
    if not (BROWSER_TESTS / "node_modules" / "playwright-core").is_dir():
        with timed("npm ci in src/test/browser"):
            installed = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=BROWSER_TESTS, env=environment,
                                       capture_output=True, text=True, timeout=600)
        if installed.returncode != 0:
            test.fail(f"npm ci in {BROWSER_TESTS} failed:\n{installed.stdout}\n{installed.stderr}")
    result = subprocess.run(["node", script], cwd=BROWSER_TESTS, env=environment, capture_output=True, text=True,
                            timeout=timeout)
    print(result.stdout, file=sys.stderr)
    if result.returncode != 0:
        test.fail(f"node {script} failed:\n{result.stdout}\n{result.stderr}")


class JupyterServer:
    """A Jupyter server (`command`, e.g. jupyter-notebook) on 127.0.0.1 only, with a token, serving a copy of
    notebooks/ so that nothing the browser does can touch the stored notebooks. Its log goes to target/."""

    def __init__(self, command, token_option, log_name):
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.root = Path(tempfile.mkdtemp(prefix="gil-lab-notebooks-"))
        shutil.copytree(NOTEBOOKS, self.root / "notebooks")
        TARGET.mkdir(exist_ok=True)
        self.log_path = TARGET / log_name
        self.command = [*command, "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={self.port}",
                        f"--{token_option}={self.token}", f"--notebook-dir={self.root / 'notebooks'}"]

    def url(self, path):
        """The address of path (which may have a query) on this server, with the token."""
        return f"http://127.0.0.1:{self.port}/{path}{'&' if '?' in path else '?'}token={self.token}"

    def __enter__(self):
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(self.command, env=small_run_environment(), stdout=self.log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # polling with a deadline: the server is an external process
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.command[0]} exited with {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.url("api/status"), timeout=2):
                    return self
            except OSError:
                time.sleep(0.25)
        self.__exit__(None, None, None)
        raise RuntimeError(f"{self.command[0]} did not answer on port {self.port} within 60 s; see {self.log_path}")

    def __exit__(self, *exc):
        self.process.terminate()  # the server shuts its kernels down on SIGTERM
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)
