# Threads that import the same module at once: one runs the module's code, the others wait for it to
# finish (importlib's module locks) and get the whole module, never one whose names are not there yet.
import sys
from concurrent.futures import ThreadPoolExecutor


def import_ready(n):
    from _slow_import import READY
    return READY


with ThreadPoolExecutor(max_workers=4) as pool:
    print(sorted(pool.map(import_ready, range(8))))
print("_slow_import" in sys.modules)
