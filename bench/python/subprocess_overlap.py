# Four threads each run a child that sleeps half a second: waiting for a child releases the GIL, so
# the four children run together, as four sleeping threads do.
import subprocess
import threading
import time


def main():
    workers = []
    for i in range(4):
        workers.append(threading.Thread(target=subprocess.run, args=(["sleep", "0.5"],)))
    start = time.time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.time() - start
    print("4 threads x subprocess.run(['sleep', '0.5']): %.3f s wall" % elapsed)
    print("RESULT wall_per_child %.3f" % (elapsed / 0.5))


if __name__ == '__main__':
    main()
