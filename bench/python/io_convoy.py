# The convoy effect: a thread doing many short blocking calls (time.sleep(0)) beside a CPU-bound thread
# waits about one switch interval to get the GIL back after each call.
import sys
import time
import threading

done = False


def spin():
    while not done:
        n = 100000
        while n > 0:
            n -= 1


def io_calls(count):
    start = time.time()
    for i in range(count):
        time.sleep(0)
    return (time.time() - start) / count


def main():
    global done
    for interval in [0.005, 0.0005]:
        sys.setswitchinterval(interval)
        alone = io_calls(1000)
        done = False
        cpu = threading.Thread(target=spin)
        cpu.start()
        beside = io_calls(1000)
        done = True
        cpu.join()
        ms = interval * 1000
        print("interval %.1f ms: sleep(0) alone %.3f ms, beside a CPU-bound thread %.3f ms per call (%.2f intervals)"
              % (ms, alone * 1000, beside * 1000, beside / interval))
        print("RESULT intervals_per_call_%sms %.3f" % (ms, beside / interval))
    sys.setswitchinterval(0.005)


if __name__ == '__main__':
    main()
