"""Spectral norm of an infinite matrix, by power iteration (benchmark-game style: function calls and float loops)."""
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(u, n):
    return [sum(eval_a(i, j) * u[j] for j in range(n)) for i in range(n)]


def multiply_atv(u, n):
    return [sum(eval_a(j, i) * u[j] for j in range(n)) for i in range(n)]


def multiply_atav(u, n):
    return multiply_atv(multiply_av(u, n), n)


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = multiply_atav(u, n)
        u = multiply_atav(v, n)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (vbv / vv) ** 0.5


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        result = spectral_norm(n)
        print(f"ROUND {time.perf_counter() - start:.4f} {time.process_time() - cpu:.4f}")
    print(f"{result:.9f}")
