"""Runs notebooks as a user does (the real kernel, through nbclient) and prints the median speedup and
time of every run in their tables: the figures a reader of the notebook sees. Asserts nothing.

    mvn package && java -jar target/gil-lab.jar install --prefix target/jupyter
    /usr/bin/python3 bench/notebook_speedups.py [--kernel NAME] [--set NAME=VALUE ...] NOTEBOOK...

--set edits the parameters cell (`--set workers=3 --set 'workerCounts={1, 2, 4, 8}'`), as a user edits
it before Run All; GILLAB_COUNT and GILLAB_REPEATS in the environment work as in CI. Speedups above
the cores (x 1.25, the CI check's margin) are flagged. Run with Debian's /usr/bin/python3 (nbclient);
JUPYTER_PATH defaults to target/jupyter/share/jupyter.
"""
import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src" / "test" / "python"))
os.environ.setdefault("JUPYTER_PATH", str(REPO / "target" / "jupyter" / "share" / "jupyter"))

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402

from notebook_tables import KEY_COLUMNS, NOISE_MARGIN, median_speedups, number, tables_in  # noqa: E402


def set_parameter(source, name, value):
    """The parameters cell with `TYPE name = ...;` given a new value; an error when there is no such line."""
    pattern = re.compile(r"^(\s*[\w\[\]<>]+\s+" + re.escape(name) + r"\s*=\s*)[^;]*;", re.MULTILINE)
    edited, found = pattern.subn(lambda match: match.group(1) + value + ";", source, count=1)
    if not found:
        raise SystemExit(f"no parameter '{name}' in the parameters cell:\n{source}")
    return edited


def run(path, kernel, settings):
    notebook = nbformat.read(path, as_version=4)
    parameters = next(cell for cell in notebook.cells if cell.cell_type == "code")
    for setting in settings:
        name, _, value = setting.partition("=")
        parameters.source = set_parameter(parameters.source, name.strip(), value.strip())
    started = time.monotonic()
    NotebookClient(notebook, kernel_name=kernel, timeout=3600,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    return notebook, time.monotonic() - started


def report(notebook, cores):
    for index, table in tables_in(notebook):
        speedups = median_speedups(table)
        if not speedups and "seconds" not in table.columns:
            continue
        print(f"  cell {index}: {table.caption}")
        seconds = {}
        for record in table.records():
            value = number(record.get("seconds"))
            if value is not None:
                key = tuple(f"{name}={record[name]}" for name in KEY_COLUMNS if name in record)
                seconds.setdefault(key, []).append(value)
        for key, values in seconds.items():
            speedup = next((median for run_key, median in speedups.items() if run_key[1:] == key), None)
            flag = "  <-- beyond the cores" if speedup is not None and speedup > cores * NOISE_MARGIN else ""
            shown = "" if speedup is None else f"  speedup {speedup:5.2f}"
            print(f"    {', '.join(key):70s} seconds {statistics.median(values):7.3f} (n={len(values)}){shown}{flag}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default="gil-lab")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--save", type=Path, metavar="DIR", help="also write the executed notebooks there")
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args()
    cores = os.cpu_count()
    print(f"{cores} cores, load {' '.join(f'{x:.2f}' for x in os.getloadavg())}, kernel {args.kernel}, "
          f"GILLAB_COUNT={os.environ.get('GILLAB_COUNT', '')} GILLAB_REPEATS={os.environ.get('GILLAB_REPEATS', '')}, "
          f"settings {args.set}")
    for path in args.notebooks:
        notebook, seconds = run(path, args.kernel, args.set)
        print(f"{path.name}: ran in {seconds:.0f} s, load now {os.getloadavg()[0]:.2f}")
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            nbformat.write(notebook, args.save / path.name)
        report(notebook, cores)


if __name__ == "__main__":
    main()
