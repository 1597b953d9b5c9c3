# Daemon threads still running at exit are stopped without running any more of their Python code:
# neither a sleeping one nor a spinning one gets to its finally block, and the ones that hold
# objects (a list, a closure) never say a word.
import threading, time

started = threading.Barrier(3)
kept = [object() for i in range(3)]

def sleeper(items):
    started.wait()
    try:
        time.sleep(30)
    finally:
        print("never printed: the sleeper's finally")

def spinner():
    started.wait()
    try:
        n = 0
        while True:
            n += 1
    except BaseException:
        print("never printed: the spinner's except")

threading.Thread(target=sleeper, args=(kept,), daemon=True).start()
threading.Thread(target=spinner, daemon=True).start()
started.wait()
print("main ends with", threading.active_count(), "threads")
