# counter += 1 in four threads: is it atomic? Only if the GIL cannot change hands inside it, which
# depends on where the interpreter checks for a drop request (every instruction before 3.10, only at
# backward jumps, calls and function entry from 3.10 on).
# Usage: lost_updates.py [N]   (default 2500000 per thread)
import sys
import threading

counter = 0


def work(n):
    global counter
    while n > 0:
        counter += 1
        n -= 1


def main():
    n = 2500000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    workers = []
    for i in range(4):
        workers.append(threading.Thread(target=work, args=(n,)))
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("4 threads x %d increments: counter %d, %d updates lost" % (n, counter, 4 * n - counter))
    print("RESULT lost_updates %d" % (4 * n - counter))


if __name__ == '__main__':
    main()
