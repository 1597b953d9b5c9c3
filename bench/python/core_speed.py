"""One core's speed: a fixed CPython loop, the best of five, in ms (bench/fidelity runs it pinned to each core)."""
import time


def loop():
    started = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i
    return (time.perf_counter() - started) * 1000


print("RESULT loop_ms", round(min(loop() for _ in range(5)), 1))
