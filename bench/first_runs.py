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
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAM = REPO / "bench" / "python" / "prime_pool.py"
sys.path.insert(0, str(REPO / "src" / "test" / "python"))
os.environ.setdefault("JUPYTER_PATH", str(REPO / "target" / "jupyter" / "share" / "jupyter"))

from kernel_support import Kernel  # noqa: E402
from seed_ratios import find_python  # noqa: E402

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


def cpython_runs(python, runs):
    return [speedup(subprocess.run([python, str(PROGRAM)], capture_output=True, text=True).stdout) for _ in range(runs)]


def shown(value):
    return f"{value:5.2f}" if value is not None else "  -  "


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernels", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    print(f"{PROGRAM.name}: speedup of 4 threads over one, as the program prints it, load {os.getloadavg()[0]:.2f}")
    engines = {"model (%%python)": lambda: kernel_runs(options.runs)}
    found = find_python("3.11")
    if found:
        engines[f"CPython {found[1]}"] = lambda: cpython_runs(found[0], options.runs)
    else:
        print("  CPython 3.11: not on this machine")
    for label, runs in engines.items():
        firsts = []
        for _ in range(options.kernels):
            speedups = runs()
            firsts += [speedups[0]] if speedups[0] is not None else []
            print(f"  {label:18}" + "".join(f"  run {i + 1}: {shown(s)}" for i, s in enumerate(speedups)))
        if firsts:
            print(f"  {label:18}  first runs: median {statistics.median(firsts):.2f}, {min(firsts):.2f}-{max(firsts):.2f}")


if __name__ == "__main__":
    main()
