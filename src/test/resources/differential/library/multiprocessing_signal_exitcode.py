# A child that a signal's default action ends (SIGTERM sent to itself, an alarm with no handler)
# reports minus the signal as its exitcode, and prints nothing after it.
import multiprocessing as mp
import os
import signal
import time


def terminate_self():
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    print("not reached")


def alarm_without_handler():
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    while True:
        pass


if __name__ == "__main__":
    for target in (terminate_self, alarm_without_handler):
        p = mp.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
