"""The model's speed on ordinary Python, next to CPython's: six programs, one run, ratios printed.

    mvn package && python3 bench/language_bench.py [--rounds 5] [--quick] [PROGRAM...]

Each program in bench/language/ runs its work `rounds` times and prints `ROUND <wall> <cpu>` per
round, then its result. It runs once on CPython (python3 on PATH) and once on the model (the jar,
with the JVM options the kernel and `run` use); the results must agree. The figure compared is the
median of the rounds after the first, so the JVM's warm-up (and CPython's specialisation) is not
counted; the first round and the whole process's wall time are shown too, since a user pays them.
cpu is the thread's CPU time, which a loaded machine disturbs less than wall time. Asserts nothing.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = {  # name -> (normal size, quick size)
    "nbody": (100_000, 20_000),
    "spectralnorm": (200, 80),
    "fannkuch": (9, 8),
    "richards": (10, 2),
    "float_objects": (200_000, 50_000),
    "dhrystone": (200_000, 40_000),
}
# run starts the model's JVM with the model's options (Interpreter.JVM_OPTIONS), as a user's run does
MODEL = ["java", "-jar", str(REPO / "target" / "gil-lab.jar"), "run"]


def run(command):
    """Runs one program; returns (rounds as (wall, cpu) pairs, result lines, process wall seconds)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    rounds, result = [], []
    for line in done.stdout.splitlines():
        if line.startswith("ROUND "):
            wall, cpu = line.split()[1:]
            rounds.append((float(wall), float(cpu)))
        else:
            result.append(line)
    return rounds, result, elapsed


def steady(rounds, which):
    return statistics.median(r[which] for r in rounds[1:]) if len(rounds) > 1 else rounds[0][which]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*", choices=[[], *PROGRAMS], default=[])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke test")
    options = parser.parse_args()
    if not (REPO / "target" / "gil-lab.jar").exists():
        sys.exit("target/gil-lab.jar is missing: run `mvn package -DskipTests` first")
    python = subprocess.run(["python3", "-c", "import sys; print(sys.version.split()[0])"],
                            capture_output=True, text=True).stdout.strip()
    print(f"CPython {python} vs the model; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"median of rounds 2..{options.rounds} (seconds)")
    print(f"{'program':<14}{'CPython cpu':>12}{'model cpu':>11}{'ratio':>7}{'CPython wall':>14}"
          f"{'model wall':>12}{'ratio':>7}{'model 1st':>11}{'processes':>15}")
    ratios = []
    for name in options.programs or PROGRAMS:
        size = PROGRAMS[name][1 if options.quick else 0]
        arguments = [str(REPO / "bench" / "language" / f"{name}.py"), str(size), str(options.rounds)]
        cpython, expected, cpython_process = run(["python3", *arguments])
        model, result, model_process = run([*MODEL, *arguments])
        if result != expected:
            sys.exit(f"{name}: the model printed {result}, CPython {expected}")
        cpu = steady(model, 1) / steady(cpython, 1)
        wall = steady(model, 0) / steady(cpython, 0)
        ratios.append(cpu)
        print(f"{name:<14}{steady(cpython, 1):>12.3f}{steady(model, 1):>11.3f}{cpu:>6.2f}x"
              f"{steady(cpython, 0):>14.3f}{steady(model, 0):>12.3f}{wall:>6.2f}x{model[0][0]:>11.3f}"
              f"{cpython_process:>7.1f}/{model_process:<7.1f}")
    print(f"geometric mean of the cpu ratios (model / CPython): {statistics.geometric_mean(ratios):.2f}x")


if __name__ == "__main__":
    main()
