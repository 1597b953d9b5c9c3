"""How the GIL Lab kernel holds up over a long session and with big cells. Prints figures; asserts nothing.

    mvn package && java -jar target/gil-lab.jar install --prefix target/jupyter
    /usr/bin/python3 bench/session_bench.py soak [--cells 3000] [--distinct]
    /usr/bin/python3 bench/session_bench.py sizes [--sizes 10,100,1000,3000]

soak: one kernel runs small cells (each declares an array and a String, prints, and returns a value),
as a user who re-runs a 15-cell notebook again and again does: cell i declares the names of cell
i % 15, so later runs redefine them. --distinct gives every cell names of its own instead, so the
session's live declarations grow with it. The cells are counted once the kernel's start-up work in
the background is over (20 cells, then its CPU use settles). Printed at 100, 500, 1,000, 2,000 and
3,000 cells: the round trip (execute_request sent -> reply and idle) of the 100 cells before, mean
and median (the mean includes the cells that renewed the kernel's JShell); the kernel's CPU time a
cell over them, which other work on a shared machine disturbs less; and the kernel's RSS.

sizes: one kernel runs cells of N top-level statements (`total += j;` and an `if`) after one
declaration, ending with the total as the cell's value, for each N; then once more after 1,000 small
cells, the state a long session leaves. Run with Debian's /usr/bin/python3 (it has jupyter_client).
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kernel_bench import cpu_seconds, machine, wait_until_settled  # noqa: E402  (also puts src/test/python on the path)

from kernel_support import KERNEL_NAME, Kernel  # noqa: E402

CHECKPOINTS = (100, 500, 1000, 2000, 3000)
WINDOW = 100
NOTEBOOK_CELLS = 15


def rss_mib(kernel):
    for line in Path(f"/proc/{kernel.process.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc status")


def small_cell(i, distinct):
    k = i if distinct else i % NOTEBOOK_CELLS
    return (f"int[] values{k} = new int[{i % 50 + 1}];\n"
            f"String label{k} = \"cell {i}\";\n"
            f"System.out.println(label{k} + \": \" + values{k}.length);\n"
            f"values{k}.length * 2")


def run_cell(kernel, code, expected):
    sent = time.monotonic()
    execution = kernel.execute(code, timeout=600)
    seconds = time.monotonic() - sent
    if execution.status != "ok" or execution.result_text != expected:
        raise SystemExit(f"the cell did not give {expected}: {execution.describe()}")
    return seconds


def run_small_cells(kernel, first, count, distinct):
    """Runs cells first..first+count-1; returns each one's seconds."""
    return [run_cell(kernel, small_cell(i, distinct), str((i % 50 + 1) * 2)) for i in range(first, first + count)]


def soak(kernel, cells, distinct):
    print(f"soak       {cells} cells, {'distinct names' if distinct else f'names of a {NOTEBOOK_CELLS}-cell notebook re-run'}")
    run_small_cells(kernel, -20, 20, distinct)
    settled = wait_until_settled(kernel)
    print("settled    " + (f"{settled:.1f} s after 20 cells" if settled is not None else "not within 60 s"))
    times = []
    cpu_before = cpu_seconds(kernel)
    baseline = None
    for checkpoint in [c for c in CHECKPOINTS if c <= cells]:
        times += run_small_cells(kernel, len(times), checkpoint - len(times) - WINDOW, distinct)
        cpu_start = cpu_seconds(kernel)
        times += run_small_cells(kernel, len(times), WINDOW, distinct)
        cpu = (cpu_seconds(kernel) - cpu_start) / WINDOW * 1000
        window = times[-WINDOW:]
        mean, median = statistics.mean(window) * 1000, statistics.median(window) * 1000
        rss = rss_mib(kernel)
        baseline = baseline or (mean, cpu, rss)
        print(f"after {checkpoint:5d} cells   round trip mean {mean:6.1f} ms ({mean / baseline[0]:4.2f}x), "
              f"median {median:6.1f} ms   CPU {cpu:5.1f} ms a cell ({cpu / baseline[1]:4.2f}x)   "
              f"RSS {rss:4.0f} MiB ({(rss / baseline[2] - 1) * 100:+5.1f}%)", flush=True)
    print(f"total      {cpu_seconds(kernel) - cpu_before:.0f} s of the kernel's CPU for {cells} cells")


def statements_cell(count):
    """One declaration, count statements, the total as the value; returns (code, expected value)."""
    lines = ["long total = 0;"]
    for j in range(count):
        lines.append(f"total += {j};" if j % 2 == 0 else f"if (total % 7 == 0) total += {j};")
    lines.append("total")
    total = 0
    for j in range(count):
        if j % 2 == 0 or total % 7 == 0:
            total += j
    return "\n".join(lines), str(total)


def sizes(kernel, counts, label):
    for count in counts:
        code, expected = statements_cell(count)
        seconds = run_cell(kernel, code, expected)
        print(f"{label:22s} {count:5d} statements   {seconds:7.2f} s   {seconds / count * 1000:6.2f} ms a statement",
              flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["soak", "sizes"])
    parser.add_argument("--kernel", default=KERNEL_NAME)
    parser.add_argument("--cells", type=int, default=3000, help="soak: how many cells")
    parser.add_argument("--distinct", action="store_true", help="soak: every cell declares names of its own")
    parser.add_argument("--sizes", default="10,100,1000,3000", help="sizes: statement counts, comma-separated")
    args = parser.parse_args()

    print("\n".join(machine(args.kernel)))
    kernel = Kernel(args.kernel)
    try:
        if args.what == "soak":
            soak(kernel, args.cells, args.distinct)
        else:
            counts = [int(n) for n in args.sizes.split(",")]
            sizes(kernel, counts, "fresh kernel")
            run_small_cells(kernel, 0, 1000, distinct=False)
            sizes(kernel, counts, "after 1,000 cells")
        print(f"load       {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")
    finally:
        kernel.stop()


if __name__ == "__main__":
    main()
