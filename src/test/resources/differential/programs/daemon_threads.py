# Daemon threads do not keep the program alive; join with a timeout returns while they run.
import threading
import time


def background():
    while True:
        time.sleep(0.05)


def short_job():
    time.sleep(0.1)
    print("short job done")


d = threading.Thread(target=background, name="heartbeat", daemon=True)
d.start()
t = threading.Thread(target=short_job, name="job")
print(d.name, "daemon:", d.daemon)
print(t.name, "daemon:", t.daemon)
t.start()
d.join(timeout=0.2)
print("heartbeat alive after join(timeout):", d.is_alive())
t.join()
print("job alive after join():", t.is_alive())
print("main exits; the daemon is abandoned")
