"""ProcessPoolExecutor: the place for it in the GIL Lab model's concurrent.futures.

CPython 3.11's Lib/concurrent/futures/process.py runs calls in worker processes. The model's version
is to be built over the project's process pool (real OS processes, each with its own interpreter and
GIL); until then, importing it says so, and multiprocessing.Pool is the way to run in processes.
"""

raise ImportError(
    "cannot import name 'ProcessPoolExecutor' from 'concurrent.futures': the GIL Lab model does not "
    "implement it yet; multiprocessing.Pool runs functions in worker processes, "
    "concurrent.futures.ThreadPoolExecutor in threads",
    name='concurrent.futures.process')
