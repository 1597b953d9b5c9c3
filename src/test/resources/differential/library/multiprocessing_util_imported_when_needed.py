# multiprocessing imports its util module when it first needs it (here log_to_stderr), not with the
# package; importing util registers the exit function that joins the children, once, so a program's exit
# function registered after that runs before the join.
import atexit
import sys
import time
import multiprocessing as mp


def child():
    time.sleep(0.3)
    print("child done", flush=True)


def bye():
    print("exit function registered after util's: runs before the children are joined", flush=True)


if __name__ == "__main__":
    print("util imported with the package:", "multiprocessing.util" in sys.modules)
    mp.log_to_stderr()
    print("util imported by log_to_stderr:", "multiprocessing.util" in sys.modules)
    atexit.register(bye)
    mp.Process(target=child).start()
    print("main ends", flush=True)
