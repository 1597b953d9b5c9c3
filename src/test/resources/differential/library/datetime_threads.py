# differential: sort lines
# A threaded job runner that stamps its log with datetime.now().strftime('%H:%M:%S.%f') from the
# workers and times each job with timedelta; the digits of times are masked, the facts are printed
import queue
import re
import threading
from datetime import datetime, timedelta

jobs = queue.Queue()
for n in range(12):
    jobs.put(n)
log = []
log_lock = threading.Lock()
started = datetime.now()


def stamp():
    return datetime.now().strftime('%H:%M:%S.%f')


def masked(text):
    return re.sub(r'\d', '9', text)


def worker(name):
    previous = None
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        begin = datetime.now()
        total = sum(i * i for i in range(2000 * (job + 1)))
        took = datetime.now() - begin
        line = '[%s] %s job %d sum %d took %s ms' % (stamp(), name, job, total, took // timedelta(milliseconds=1))
        ordered = previous is None or previous <= begin
        previous = begin
        with log_lock:
            log.append((line, took >= timedelta(0), ordered))


threads = [threading.Thread(target=worker, args=('worker-%d' % i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line, nonnegative, ordered in log:
    fields = line.split()
    print(masked(fields[0]), 'job', fields[3], 'sum', fields[5], nonnegative, ordered,
          re.fullmatch(r'\[\d\d:\d\d:\d\d\.\d{6}\]', fields[0]) is not None)
elapsed = datetime.now() - started
print('jobs logged', len(log), 'elapsed is a timedelta', type(elapsed) is timedelta, elapsed < timedelta(minutes=5))
