"""How fast the GIL Lab kernel answers, as a Jupyter front end sees it. Prints figures; asserts nothing.

    mvn package && java -jar target/gil-lab.jar install --prefix target/jupyter
    /usr/bin/python3 bench/kernel_bench.py [--kernel NAME] [--starts 3] [--executes 100] [--interrupts 5]

install makes the class-data archive the start-up figures depend on (the kernel line shows its
-XX:SharedArchiveFile or -XX:AOTCache option); `install --no-cds` gives the figures without it. For
Java 25: /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/gil-lab.jar install --prefix
target/jupyter25, then JUPYTER_PATH=target/jupyter25/share/jupyter before the command above.

Measures: process start -> kernel_info_reply, start -> first `1+1` result, the warm `1+1` round trip
(execute_request sent -> execute_reply and idle received) and interrupt_request -> execute_reply of
a busy loop. "Warm" means once the kernel's start-up work in the background (JShell, the renderers'
warm-up and javac's, the JIT compiling them) is over: the benchmark waits until the kernel's CPU use settles. The issue's targets: < 0.5 s, < 1.5 s, < 25 ms median, < 100 ms. Run with Debian's
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
            f"machine    {os.cpu_count()} cpus, {cpu}, {platform.system()} {platform.release()}, load {load}",
            f"baseline   `java -version` takes {java_version_ms:.0f} ms (grows with the load: compare runs by it)"]


def start_figures(kernel_name):
    """(start -> kernel_info_reply, start -> first 1+1 result), in seconds, for one fresh kernel."""
    kernel = Kernel(kernel_name, wait_for_ready=False)
    try:
        kernel.shell("kernel_info_request")
        info = time.monotonic() - kernel.started
        execution = kernel.execute("1+1")
        first = time.monotonic() - kernel.started
        if execution.result_text != "2":
            raise SystemExit(f"1+1 did not give 2: {execution.describe()}")
        return info, first
    finally:
        kernel.stop()


def wait_until_settled(kernel, timeout=60, window=0.5, busy_fraction=0.05):
    """Seconds until the kernel process uses under busy_fraction of a CPU over a window, or None at timeout.

    Polls /proc/PID/stat: the kernel is an external process whose background warm-up has no message.
    """
    stat = Path(f"/proc/{kernel.process.pid}/stat")
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds():
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime

    started = time.monotonic()
    previous = cpu_seconds()
    while time.monotonic() - started < timeout:
        time.sleep(window)
        current = cpu_seconds()
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kernel", default=KERNEL_NAME)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--executes", type=int, default=100)
    parser.add_argument("--interrupts", type=int, default=5)
    args = parser.parse_args()

    print("\n".join(machine(args.kernel)))
    starts = [start_figures(args.kernel) for _ in range(args.starts)]
    infos = [info for info, _ in starts]
    firsts = [first for _, first in starts]
    print(f"start -> kernel_info_reply   median {statistics.median(infos):6.3f} s   "
          f"runs {json.dumps([round(x, 3) for x in infos])}   (target < 0.5 s)")
    print(f"start -> first 1+1 result    median {statistics.median(firsts):6.3f} s   "
          f"runs {json.dumps([round(x, 3) for x in firsts])}   (target < 1.5 s)")

    kernel = Kernel(args.kernel)
    try:
        round_trips(kernel, 20)  # warm-up: JIT and JShell caches
        settled = wait_until_settled(kernel)
        print("settled    the kernel's CPU use settled " + (f"{settled:.1f} s after the warm-up cells"
                                                            if settled is not None else "not within 60 s"))
        trips = [t * 1000 for t in round_trips(kernel, args.executes)]
        print(f"warm 1+1 round trip          median {statistics.median(trips):6.1f} ms  "
              f"p90 {percentile(trips, 0.9):6.1f} ms  min {min(trips):.1f}  max {max(trips):.1f}  "
              f"over {args.executes}   (target median < 25 ms)")
        stops = [t * 1000 for t in interrupt_latencies(kernel, args.interrupts)]
        print(f"interrupt -> execute_reply   median {statistics.median(stops):6.1f} ms  "
              f"max {max(stops):6.1f} ms  runs {json.dumps([round(x) for x in stops])}   (target < 100 ms)")
    finally:
        kernel.stop()


if __name__ == "__main__":
    main()
