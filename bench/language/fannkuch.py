"""Fannkuch-redux: flips of pancake stacks over every permutation (benchmark-game style: list slicing and indexing)."""
import sys
import time


def fannkuch(n):
    """The classic loop: flip each permutation until 1 is first; the next permutation by rotations."""
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips if permutation % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            perm1[:r] = perm1[1:r + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation += 1


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        checksum, flips = fannkuch(n)
        print(f"ROUND {time.perf_counter() - start:.4f} {time.process_time() - cpu:.4f}")
    print(f"{checksum}\nPfannkuchen({n}) = {flips}")
