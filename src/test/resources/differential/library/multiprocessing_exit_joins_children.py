# At exit, multiprocessing waits for the children still running (and terminates the daemonic ones)
# from an exit function that importing multiprocessing.util registers: the program's own exit
# functions registered before the first child started run after that wait, those registered later
# run before it (atexit calls the last registered first).
import atexit
import multiprocessing as mp
import time


def child(delay, text):
    time.sleep(delay)
    print(text, flush=True)


def forever():
    time.sleep(60)


def registered_before():
    print("exit function registered before the first child: the children are done", flush=True)


def registered_after():
    print("exit function registered after the first child: runs first", flush=True)


if __name__ == "__main__":
    atexit.register(registered_before)
    mp.Process(target=child, args=(0.5, "child done")).start()
    atexit.register(registered_after)
    daemon = mp.Process(target=forever, daemon=True)
    daemon.start()
    print("main ends", flush=True)
