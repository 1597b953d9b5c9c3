"""Stops the build with a clear message when this Python cannot run the kernel tests.

Run by Maven (see pom.xml) with /usr/bin/python3 before the tests: without this, a missing package
shows up as a dozen "Failed to import test module" errors that hide what to do.
"""
import importlib.util
import sys

REQUIRED = {
    "jupyter_client": "python3-jupyter-client",
    "jupyter_kernel_test": "python3-jupyter-kernel-test",
    "zmq": "python3-zmq",
}

missing = [module for module in REQUIRED if importlib.util.find_spec(module) is None]
if missing:
    packages = " ".join(sorted({REQUIRED[module] for module in missing}))
    banner = "=" * 78
    sys.exit(
        f"\n{banner}\n{sys.executable} cannot import {', '.join(missing)}: the kernel's tests need "
        f"Debian's Jupyter packages.\nInstall them with:  apt-get install -y {packages}\n"
        f"(.ci/run does this; the pyenv python3 first on PATH does not see them, /usr/bin/python3 does)\n"
        f"{banner}"
    )
