"""How fast the GIL Lab kernel answers, as a Jupyter front end sees it. Prints figures; asserts nothing.

    mvn package && java -jar target/gil-lab.jar install --prefix target/jupyter
    /usr/bin/python3 bench/kernel_bench.py [--kernel NAME] [--starts 5] [--executes 100] [--interrupts 5]
                                           [--versus rapaio] [--versus-java JAVA]

install makes the class-data archive the start-up figures depend on (the kernel line shows its
-XX:SharedArchiveFile or -XX:AOTCache option); `install --no-cds` gives the figures without it. For
Java 25: /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/gil-lab.jar install --prefix
target/jupyter25, then JUPYTER_PATH=target/jupyter25/share/jupyter before the command above.

Measures: process start -> kernel_info_reply, start -> first `1+1` result, the first chart after
start (the round trip of a small bar chart cell right after that first result), the warm `1+1`
round trip (execute_request sent -> execute_reply and idle received) and interrupt_request ->
execute_reply of a busy loop; and the CPU the kernel's threads have used by its first result, by what
they do (the JIT compilers, JShell's start-up, the cells' thread, main). "Warm" means once the kernel's start-up work in the background
(JShell, the renderers' warm-up and javac's, the JIT compiling them) is over: the benchmark waits
until the kernel's CPU use settles.

--versus rapaio starts rapaio-jupyter-kernel 3.0.1 (Maven Central, copied by Maven into
target/rapaio on first use, never into the repository) alternately with ours, start for start and
batch of round trips for batch, and prints ours / rapaio's ratios: absolute times drift on a shared
machine, ratios measured side by side less. rapaio needs Java 21+: the newest JDK under /usr/lib/jvm
runs it unless --versus-java says otherwise. Issue 14's targets: ready within 0.35x of rapaio's,
first result within 0.5x, warm round trip within 0.2x, the first chart under 1 s. Run with Debian's
/usr/bin/python3 (it has jupyter_client); JUPYTER_PATH defaults to target/jupyter/share/jupyter.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src" / "test" / "python"))
os.environ.setdefault("JUPYTER_PATH", str(REPO / "target" / "jupyter" / "share" / "jupyter"))

from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402

from kernel_support import KERNEL_NAME, Kernel  # noqa: E402


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def archive_state(argv):
    """A line saying whether the kernel's class-data archive is used: a JVM silently starts without one
    made for another jar (rebuilt since install), and the start-up figures are then those of no archive."""
    jar_at = argv.index("-jar") + 1 if "-jar" in argv else None
    archive = next((option for option in argv if option.startswith(("-XX:SharedArchiveFile=", "-XX:AOTCache="))), None)
    if archive is None or jar_at is None:
        return []
    insist = "-Xshare:on" if archive.startswith("-XX:SharedArchiveFile=") else "-XX:AOTMode=on"
    check = subprocess.run(argv[:jar_at - 1] + [insist] + argv[jar_at - 1:jar_at + 1] + ["--help"],
                           capture_output=True, text=True)
    if check.returncode == 0:
        return ["archive    used"]
    return ["archive    NOT USED, the figures are those of a start without it: install again after mvn package ("
            + (check.stdout + check.stderr).strip().splitlines()[-1] + ")"]


def machine(kernel_name):
    spec = KernelSpecManager().get_kernel_spec(kernel_name)
    java = spec.argv[0]
    started = time.monotonic()
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    java_version_ms = (time.monotonic() - started) * 1000
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return [f"kernel     {kernel_name}: {' '.join(spec.argv)}",
            f"jvm        {' | '.join(version)}",
            *archive_state(spec.argv),
            f"machine    {os.cpu_count()} cpus, {cpu}, {platform.system()} {platform.release()}, load {load}",
            f"baseline   `java -version` takes {java_version_ms:.0f} ms (grows with the load: compare runs by it)"]


CHART_CELL = ('Chart.bars(Table.create("t").addColumns(StringColumn.create("engine", "model", "cpython"), '
              'DoubleColumn.create("seconds", 1.0, 0.5)), "engine", "seconds")')

RAPAIO = "io.github.padreati:rapaio-jupyter-kernel:3.0.1"
# keeps the other kernel's log (rapaio logs every message it handles) out of the figures
QUIET = {"stderr": subprocess.DEVNULL, "stdout": subprocess.DEVNULL}


def start_figures(kernel_name, ours):
    """Seconds from a fresh kernel's start to kernel_info_reply, to the first 1+1 result, and (ours)
    the round trip of a chart cell right after it: a dict, for one start."""
    kernel = Kernel(kernel_name, wait_for_ready=False, **({} if ours else QUIET))
    try:
        kernel.shell("kernel_info_request")
        figures = {"ready": time.monotonic() - kernel.started}
        execution = kernel.execute("1+1")
        figures["first"] = time.monotonic() - kernel.started
        if ours:
            figures["cpu"] = cpu_by_thread(kernel)
        if "2" not in shown(execution):
            raise SystemExit(f"{kernel_name}: 1+1 did not give 2: {execution.describe()}")
        if ours:
            sent = time.monotonic()
            drawn = kernel.execute(CHART_CELL)
            figures["chart"] = time.monotonic() - sent
            if drawn.status != "ok" or not drawn.contents("execute_result"):
                raise SystemExit(f"{kernel_name}: the chart cell drew nothing: {drawn.describe()}")
        return figures
    finally:
        kernel.stop()


def shown(execution):
    """Everything the execution's result shows, in all its MIME types (rapaio's has no text/plain)."""
    return " ".join(str(value) for result in execution.contents("execute_result") for value in result["data"].values())


def rapaio_kernel(java):
    """The name of a kernelspec for rapaio under target/rapaio, which it adds to JUPYTER_PATH."""
    directory = REPO / "target" / "rapaio"
    jar = directory / (RAPAIO.split(":")[1] + "-" + RAPAIO.split(":")[2] + ".jar")
    if not jar.exists():
        subprocess.run(["mvn", "-q", "dependency:copy", f"-Dartifact={RAPAIO}", f"-DoutputDirectory={directory}"],
                       check=True)
    spec = directory / "share" / "jupyter" / "kernels" / "rapaio-bench"
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [java, "-jar", str(jar), "{connection_file}"],
        "display_name": "Java (rapaio 3.0.1)", "language": "java", "interrupt_mode": "message"}))
    os.environ["JUPYTER_PATH"] += os.pathsep + str(directory / "share" / "jupyter")
    return spec.name


def newest_java():
    """The java of the newest JDK under /usr/lib/jvm."""
    def feature(java):
        banner = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
        return int(banner.split('"')[1].split(".")[0]) if '"' in banner else 0
    javas = {str(p.resolve()) for p in Path("/usr/lib/jvm").glob("*/bin/java")}
    return max(javas, key=feature)


def cpu_seconds(kernel):
    """The CPU time the kernel process has used (user + system), from /proc/PID/stat."""
    return stat_cpu_seconds(Path(f"/proc/{kernel.process.pid}/stat"))


def stat_cpu_seconds(stat):
    """User + system seconds from a /proc stat file (a process's or a thread's)."""
    fields = stat.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# The kernel's threads by what they do, named as /proc shows them (15 characters at most)
THREAD_GROUPS = (("JIT compilers", ("C1 CompilerThre", "C2 CompilerThre")), ("JShell start-up", ("gil-lab-jshell-",)),
                 ("cells", ("gil-lab-shell",)), ("main", ("java",)))


def cpu_by_thread(kernel):
    """CPU seconds the kernel's threads have used so far, by THREAD_GROUPS (the rest as "other"). On two
    cores, what the JIT compilers use during start-up is time the JShell thread waits for a core."""
    task = Path(f"/proc/{kernel.process.pid}/task")
    used = dict.fromkeys([group for group, _ in THREAD_GROUPS] + ["other"], 0.0)
    for thread in task.iterdir():
        try:
            name = (thread / "comm").read_text().strip()
            seconds = stat_cpu_seconds(thread / "stat")
        except FileNotFoundError:  # ended meanwhile
            continue
        used[next((group for group, names in THREAD_GROUPS if name.startswith(names)), "other")] += seconds
    return used


def wait_until_settled(kernel, timeout=60, window=0.5, busy_fraction=0.05):
    """Seconds until the kernel process uses under busy_fraction of a CPU over a window, or None at timeout.

    Polls /proc/PID/stat: the kernel is an external process whose background warm-up has no message.
    """
    started = time.monotonic()
    previous = cpu_seconds(kernel)
    while time.monotonic() - started < timeout:
        time.sleep(window)
        current = cpu_seconds(kernel)
        if current - previous < busy_fraction * window:
            return time.monotonic() - started
        previous = current
    return None


def round_trips(kernel, count):
    times = []
    for _ in range(count):
        sent = time.monotonic()
        kernel.execute("1+1")
        times.append(time.monotonic() - sent)
    return times


def warm_kernel(kernel_name, ours):
    """A started kernel, warm: 20 round trips, then its CPU use settled."""
    kernel = Kernel(kernel_name, **({} if ours else QUIET))
    round_trips(kernel, 20)  # JIT and JShell caches
    settled = wait_until_settled(kernel)
    print(f"settled    {kernel_name}: CPU use settled " + (f"{settled:.1f} s after the warm-up cells"
                                                          if settled is not None else "not within 60 s"))
    return kernel


def interrupt_latencies(kernel, count):
    times = []
    for _ in range(count):
        msg_id = kernel.start('System.out.println("spinning"); while (true) {}')
        kernel.wait_output(msg_id, "spinning")
        sent = time.monotonic()
        kernel.interrupt()
        kernel.shell_reply(msg_id)
        times.append(time.monotonic() - sent)
        kernel.finish(msg_id)
    return times


def answered(kernel_name, ours, start):
    """start(kernel_name, ours), once more for the other kernel when it does not answer: rapaio 3.0.1 on
    Java 25 now and then answers nothing within 60 s of its start (twice in one morning here), which would
    end the run. Ours gets no second chance: its failure ends the run."""
    try:
        return start(kernel_name, ours)
    except (RuntimeError, AssertionError) as failure:
        if ours:
            raise
        print(f"note       {kernel_name} did not answer ({failure}); started it again")
        return start(kernel_name, ours)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default=KERNEL_NAME)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--executes", type=int, default=100)
    parser.add_argument("--interrupts", type=int, default=5)
    parser.add_argument("--versus", choices=["rapaio"], help="start another kernel alternately and print ratios")
    parser.add_argument("--versus-java", help="the java that runs the other kernel (default: the newest JDK)")
    args = parser.parse_args()

    ours = args.kernel
    other = rapaio_kernel(args.versus_java or newest_java()) if args.versus else None
    kernels = [ours] + ([other] if other else [])
    print("\n".join(line for name in kernels for line in machine(name)[:2]))
    print("\n".join(machine(ours)[2:]))

    figures = {name: [] for name in kernels}
    for _ in range(args.starts):
        for name in kernels:  # alternately, so that both meet the same load
            figures[name].append(answered(name, name == ours, start_figures))
    for what, target, ratio_target in (("ready", "< 0.5 s", 0.35), ("first", "< 1.5 s", 0.5)):
        label = {"ready": "start -> kernel_info_reply", "first": "start -> first 1+1 result"}[what]
        values = {name: [f[what] for f in figures[name]] for name in kernels}
        line = f"{label:28s} median {statistics.median(values[ours]):6.3f} s   runs {json.dumps([round(x, 3) for x in values[ours]])}"
        if other:
            ratio = statistics.median(values[ours]) / statistics.median(values[other])
            line += f"   {other} {statistics.median(values[other]):6.3f} s   ratio {ratio:4.2f} (target <= {ratio_target})"
        else:
            line += f"   (target {target})"
        print(line)
    cpu = {group: statistics.median(f["cpu"][group] for f in figures[ours]) for group in figures[ours][0]["cpu"]}
    print(f"CPU by the first 1+1 result  median {sum(cpu.values()):.2f} s: "
          + ", ".join(f"{group} {seconds:.2f}" for group, seconds in cpu.items()))
    charts = [f["chart"] for f in figures[ours]]
    print(f"first chart round trip       median {statistics.median(charts):6.3f} s   "
          f"runs {json.dumps([round(x, 3) for x in charts])}   (target < 1 s)")

    warm = {name: answered(name, name == ours, warm_kernel) for name in kernels}
    try:
        trips = {name: [] for name in kernels}
        batch = 10
        while len(trips[ours]) < args.executes:
            for name in kernels:
                trips[name] += [t * 1000 for t in round_trips(warm[name], batch)]
        for name in kernels:
            t = trips[name]
            print(f"warm 1+1 round trip          {name}: median {statistics.median(t):6.1f} ms  p90 {percentile(t, 0.9):6.1f} ms  "
                  f"min {min(t):.1f}  max {max(t):.1f}  over {len(t)}")
        if other:
            ratio = statistics.median(trips[ours]) / statistics.median(trips[other])
            print(f"warm 1+1 round trip ratio    {ratio:4.2f} (target <= 0.2)")
        else:
            print("                             (target median < 25 ms)")
        stops = [t * 1000 for t in interrupt_latencies(warm[ours], args.interrupts)]
        print(f"interrupt -> execute_reply   median {statistics.median(stops):6.1f} ms  "
              f"max {max(stops):6.1f} ms  runs {json.dumps([round(x) for x in stops])}   (target < 100 ms)")
    finally:
        for kernel in warm.values():
            kernel.stop()
    print(f"load       {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end")


if __name__ == "__main__":
    main()
