# dis in the GIL lesson, as a user writes it: the increment's bytecode, then the race it allows and the lock
# that closes it (the race's outcome printed only as whether anything was counted).
import dis, sys, threading, time

counter = 0

def increment(n):
    global counter
    for _ in range(n):
        counter += 1

print("switch interval:", sys.getswitchinterval())
dis.dis(increment)

threads = [threading.Thread(target=increment, args=(100000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter >= 1:", counter > 0)

lock = threading.Lock()
safe = 0
def safe_increment(n):
    global safe
    for _ in range(n):
        with lock:
            safe += 1
ts = [threading.Thread(target=safe_increment, args=(10000,)) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print("safe:", safe)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
