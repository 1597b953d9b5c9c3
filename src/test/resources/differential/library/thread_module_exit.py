# Threads that _thread started and that are still running, or still waiting for the GIL to start,
# when the program ends: they stop without a word, and what they hold (their arguments) is dropped.
import _thread

def spin(n, items):
    while True:
        n += 1

for i in range(4):
    _thread.start_new_thread(spin, (i, [i]))
print("bye")
