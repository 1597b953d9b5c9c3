"""How far a user's own timings can be trusted from the first run: bench/python/prime_pool.py (a prime
count, serial and then in a ThreadPoolExecutor of 4, timed by the program itself) pasted as a %%python cell
into fresh kernels and run a few times in each, beside CPython 3.11 running the same file as often. Under
a GIL the speedup it prints should be about 1.0 from the first run on. Prints figures; asserts nothing.

    mvn package && java -jar target/gil-lab.jar install --prefix target/jupyter
    /usr/bin/python3 bench/first_runs.py [--kernels 3] [--runs 3]

Run with Debian's /usr/bin/python3 (jupyter_client); JUPYTER_PATH defaults to target/jupyter/share/jupyter.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAM = REPO / "bench" / "python" / "prime_pool.py"
sys.path.insert(0, str(REPO / "src" / "test" / "python"))
os.environ.setdefault("JUPYTER_PATH", str(REPO / "target" / "jupyter" / "share" / "jupyter"))

from kernel_support import Kernel  # noqa: E402

SPEEDUP = re.compile(r"speedup ([0-9.]+)")


def speedup(text):
    found = SPEEDUP.search(text)
    return float(found.group(1)) if found else None


def kernel_runs(runs):
    """The speedups one fresh kernel's %%python cell prints, run after run."""
    kernel = Kernel()
    try:
        cell = "%%python\n" + PROGRAM.read_text()
        return [speedup(kernel.execute(cell, timeout=600).stdout) for _ in range(runs)]
    finally:
        kernel.stop()


def cpython_runs(runs):
    python = shutil.which("python3.11") or shutil.which("python3")
    return [speedup(subprocess.run([python, str(PROGRAM)], capture_output=True, text=True).stdout) for _ in range(runs)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    print(f"{PROGRAM.name}: speedup of 4 threads over one, as the program prints it, load {os.getloadavg()[0]:.2f}")
    table = [("model (%%python)", kernel_runs(options.runs)) for _ in range(options.kernels)]
    table += [("CPython 3.11", cpython_runs(options.runs)) for _ in range(options.kernels)]
    for label, speedups in table:
        print(f"  {label:18}" + "".join(f"  run {i + 1}: {s:5.2f}" if s is not None else f"  run {i + 1}:   -  "
                                      for i, s in enumerate(speedups)))
    for label in ("model (%%python)", "CPython 3.11"):
        firsts = [speedups[0] for name, speedups in table if name == label and speedups[0] is not None]
        print(f"  {label:18}  first runs: median {statistics.median(firsts):.2f}, {min(firsts):.2f}-{max(firsts):.2f}")


if __name__ == "__main__":
    main()
