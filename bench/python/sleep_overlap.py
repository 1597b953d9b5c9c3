# Four threads each sleep half a second: a blocking call releases the GIL, so they sleep together.
import time
import threading


def main():
    workers = []
    for i in range(4):
        workers.append(threading.Thread(target=time.sleep, args=(0.5,)))
    start = time.time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.time() - start
    print("4 threads x sleep(0.5): %.3f s wall" % elapsed)
    print("RESULT wall_per_sleep %.3f" % (elapsed / 0.5))


if __name__ == '__main__':
    main()
