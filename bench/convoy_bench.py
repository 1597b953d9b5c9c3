"""The convoy effect on real sockets: TCP echo round trips on loopback, alone and beside one CPU-bound
thread, on the model (`gil-lab run`, each GIL kind) and on CPython, in one run.

    mvn -q package -DskipTests && python3 bench/convoy_bench.py [--seconds 2] [--jar JAR]

Two shapes of the same experiment:
- external: the echo server (bench/python/echo_server_convoy.py) runs in the interpreter measured,
  the client is this script, in its own CPython process: only the server's returns from recv/send
  queue for the GIL behind the CPU-bound thread (Beazley's convoy).
- in-process: server thread and client thread in the interpreter measured
  (bench/python/socket_convoy.py), both queueing for the GIL.
Prints requests/s alone and beside the CPU-bound thread and their ratio for each interpreter. The
machine is shared: compare ratios measured in one run, and read `uptime` (printed) beside them.
"""
import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = REPO / "bench" / "python"
RESULT = re.compile(r"^RESULT (\w+) ([0-9.]+)$", re.M)


def interpreters(jar):
    """(label, command prefix) for every interpreter measured."""
    rows = [("CPython " + sys.version.split()[0], [sys.executable])]
    java = shutil.which("java") or "java"
    for gil in ("new", "old", "free"):
        rows.append((f"model --gil {gil}", [java, "-jar", str(jar), "run", "--gil", gil]))
    return rows


def round_trips(port, seconds):
    """Requests per second of ping/echo round trips to the server on port, for seconds."""
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        n = 0
        start = time.perf_counter()
        end = start + seconds
        while time.perf_counter() < end:
            s.sendall(b"ping")
            s.recv(64)
            n += 1
        return n / (time.perf_counter() - start)


def external(command, seconds):
    """(alone, beside): this process is the client of the echo server run by command."""
    server = subprocess.Popen(command + [str(PROGRAMS / "echo_server_convoy.py")], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        round_trips(port, seconds)  # warm-up: the model JIT-compiles its eval loop and socket calls
        alone = round_trips(port, seconds)
        beside = round_trips(port, seconds)
        server.wait(timeout=60)
        return alone, beside
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def in_process(command, seconds):
    """(alone, beside) as socket_convoy.py reports them: client and server threads in one interpreter."""
    out = subprocess.run(command + [str(PROGRAMS / "socket_convoy.py"), str(seconds)], capture_output=True,
                         text=True, timeout=120)
    results = dict(RESULT.findall(out.stdout))
    if "alone" not in results:
        raise RuntimeError(out.stderr.strip()[-500:])
    return float(results["alone"]), float(results["beside"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--jar", default=str(REPO / "target" / "gil-lab.jar"))
    options = parser.parse_args()
    if not Path(options.jar).exists():
        sys.exit(f"no {options.jar}: build it with mvn -q package -DskipTests")
    print("load:", os.getloadavg(), "on", os.cpu_count(), "cores")
    print(f"{'shape':<11} {'interpreter':<20} {'alone req/s':>12} {'beside req/s':>13} {'beside/alone':>13}")
    for shape, measure in (("external", external), ("in-process", in_process)):
        for label, command in interpreters(options.jar):
            try:
                alone, beside = measure(command, options.seconds)
            except Exception as e:  # one interpreter failing must not hide the others' numbers
                print(f"{shape:<11} {label:<20} failed: {e}")
                continue
            print(f"{shape:<11} {label:<20} {alone:>12.0f} {beside:>13.0f} {beside / alone:>13.4f}")
            sys.stdout.flush()
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
