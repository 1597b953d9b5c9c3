"""The seed's programs as a user runs them: `gil-lab run FILE.py` in a fresh JVM each time, beside the real
CPython of the same kind, and the ratio each program's own timing gives (N workers / one thread); with how
fast each core is just after, which bounds such ratios while a virtual machine's host slows one core.

    mvn -q package -DskipTests && python3 bench/seed_ratios.py [--runs 2] [--jar JAR] [CASE ...]

Cases (default all): pool (the seed's Pool(2) program verbatim / one thread, new GIL, CPython 3.11),
threads (the seed's 2 threads / one thread), free (free-threaded 2 threads / one thread at 20M, beside a
CPython 3.13t if the machine has one), old (the old GIL's 2 threads / one thread, beside CPython 2.7).
The programs are src/test/resources/py/seed_*.py; runs alternate one thread and N workers, and each
ratio pairs the runs made back to back. Compare ratios, never seconds, on a shared machine.

The one-thread program runs twice, pinned to each of two cores, and the mean is the baseline (as
Countdown's is): a virtual machine's cores can differ by 1.5x, and N workers use them all while one
thread runs on whichever the scheduler picked, which moved a ratio between 0.5 and 0.75 by luck.
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "src" / "test" / "resources" / "py"
TIME_TAKEN = re.compile(r"Time taken in seconds -'?,?\s*([0-9.eE+-]+)")

# name: (model's --gil, program with N workers, count or None for the seed's own 50M, CPython, targets)
CASES = {
    "pool": ("new", "seed_pool.py", None, "3.11", "model 0.45-0.58; CPython 3.11 here 0.49-0.57"),
    "threads": ("new", "seed_threads.py", None, "3.11", "0.9-1.1; CPython 3.11 here 1.00"),
    "free": ("free", "seed_threads.py", 20_000_000, "3.13t", "<= 0.6; CPython 3.13t expected near 0.5"),
    "old": ("old", "seed_threads.py", None, "2.7", "1.5-2.6; CPython 2.7.18 here 1.90 (1.62-2.58)"),
}


def find_python(version):
    """A CPython of this version: pythonX.Y on PATH, else under pyenv's versions; None when there is none."""
    command = "python" + version
    candidates = [shutil.which(command)]
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates += sorted(glob.glob(os.path.join(root, "versions", version.rstrip("t") + "*", "bin", command)))
    for candidate in filter(None, candidates):
        answer = subprocess.run([candidate, "--version"], capture_output=True, text=True)
        if answer.returncode == 0:  # a pyenv shim of a version that is not selected fails
            return candidate, (answer.stdout + answer.stderr).split()[-1]
    return None


def program(directory, name, count):
    """The seed program, with COUNT changed when a count is given."""
    source = (SEED / name).read_text()
    if count is not None:
        source = re.sub(r"^COUNT = \d+$", f"COUNT = {count}", source, flags=re.MULTILINE)
    path = Path(directory) / name
    path.write_text(source)
    return path


def seconds(command, pin=None):
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, preexec_fn=pin)
    found = TIME_TAKEN.search(done.stdout)
    if done.returncode != 0 or not found:
        raise SystemExit(f"{' '.join(map(str, command))} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return float(found.group(1))


# One CPU-bound loop pinned to the core named in argv[1]; prints its seconds.
CORE_PROBE = """import os, sys, time
os.sched_setaffinity(0, {int(sys.argv[1])})
start = time.perf_counter()
n = 5_000_000
while n:
    n -= 1
print(time.perf_counter() - start)
"""


def pinnable_cores():
    """The cores this process may run on, where the platform can pin a process to one; none where not."""
    return sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_setaffinity") else []


def core_speeds():
    """What each core does while all are busy: the same loop pinned to each, all at once. A virtual
    machine's host can slow one core (other guests on its physical core), and while it does no program,
    the model or CPython, gets two workers' ratio below what the slowest core allows. A snapshot of a
    fraction of a second: the speeds can change within the case's runs. A line saying so where pinning
    is not possible."""
    cores = pinnable_cores()
    if not cores:
        return "core speeds: this platform cannot pin a process to a core"
    probes = [subprocess.Popen([sys.executable, "-c", CORE_PROBE, str(core)], stdout=subprocess.PIPE, text=True)
              for core in cores]
    seconds_on = {core: float(probe.communicate()[0]) for core, probe in zip(cores, probes)}
    slowest, fastest = max(seconds_on.values()), min(seconds_on.values())
    each = ", ".join(f"core {core} {took:.2f} s" for core, took in seconds_on.items())
    return (f"core speeds just now, all busy: {each}; at these speeds two workers' ratio is at best "
            f"{0.5 * slowest / fastest:.2f}")


def one_thread_seconds(command, pinned):
    """The one-thread program's seconds: the mean of a run pinned to each of the first two cores this
    process may use (the whole process pinned, as `taskset -c N` does), and those two times; where it
    cannot be pinned (one core, or no sched_setaffinity), one unpinned run."""
    cores = pinnable_cores()[:2]
    if len(cores) < 2:
        return seconds(command)
    each = [seconds(command, lambda core=core: os.sched_setaffinity(0, {core})) for core in cores]
    pinned.append(each)
    return statistics.mean(each)


def on_cores(pinned):
    """The one-thread runs' seconds on each of the two cores, run by run; nothing where none was pinned."""
    return f"; one thread pinned, s: {' '.join('/'.join(f'{t:.2f}' for t in pair) for pair in pinned)}" if pinned else ""


def describe(ratios):
    return f"{statistics.median(ratios):.2f} ({' '.join(f'{r:.2f}' for r in ratios)})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=str(REPO / "target" / "gil-lab.jar"))
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("cases", nargs="*", metavar="CASE", help=", ".join(CASES))
    args = parser.parse_args()
    unknown = [name for name in args.cases if name not in CASES]
    if unknown:
        parser.error(f"unknown case {', '.join(unknown)}: use {', '.join(CASES)}")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    print(f"{os.cpu_count()} cores, load {' '.join(f'{x:.2f}' for x in os.getloadavg())}, {args.jar}, "
          f"{args.runs} runs of each program")
    with tempfile.TemporaryDirectory() as directory:
        for name in args.cases or CASES:
            gil, multi, count, version, targets = CASES[name]
            single = program(directory, "seed_single.py", count)
            workers = program(directory, multi, count)
            python = find_python(version)
            print(f"\n{name}: {multi} / seed_single.py, COUNT {count or 'the seed 50,000,000'}, "
                  f"model --gil {gil}; target {targets}")
            ratios = {"model": [], "cpython": []}
            pinned = {"model": [], "cpython": []}
            for _ in range(args.runs):
                model = [java, "-jar", args.jar, "run", "--gil", gil]
                ratios["model"].append(seconds(model + [workers]) / one_thread_seconds(model + [single], pinned["model"]))
                if python:
                    ratios["cpython"].append(seconds([python[0], workers])
                                             / one_thread_seconds([python[0], single], pinned["cpython"]))
            print(f"  {core_speeds()}")
            print(f"  model           {describe(ratios['model'])}{on_cores(pinned['model'])}")
            print(f"  CPython {python[1]:8s} {describe(ratios['cpython'])}{on_cores(pinned['cpython'])}" if python
                  else f"  CPython {version}: not on this machine")
    print(f"\nload {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    sys.exit(main())
