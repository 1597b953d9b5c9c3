# The clock: now/today/utcnow and fromtimestamp(time.time()) agree with time.time() (only derived facts
# are printed), and worker threads log with datetime.now().strftime('%H:%M:%S.%f') (times normalised)
import re
import threading
import time
from datetime import date, datetime, timedelta, timezone

now = datetime.now()
print(type(now).__name__ == 'datetime' or type(now) is datetime, now.tzinfo)
print(abs(now.timestamp() - time.time()) < 5, abs(datetime.utcnow() - now) < timedelta(seconds=5))
print(abs(datetime.today() - now) < timedelta(seconds=5), date.today() in (now.date(), datetime.now().date()))
print(abs(datetime.now(timezone.utc).timestamp() - time.time()) < 5, datetime.now(timezone.utc).tzinfo)
print(abs(datetime.fromtimestamp(time.time()) - datetime.now()) < timedelta(seconds=5))
print(datetime.now() >= now, (datetime.now() - now).days)

lines = []
lock = threading.Lock()


def worker(n):
    for i in range(3):
        stamp = datetime.now().strftime('%H:%M:%S.%f')
        with lock:
            lines.append((n, i, stamp))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pattern = re.compile(r'^\d\d:\d\d:\d\d\.\d{6}$')
for n, i, stamp in sorted(lines):
    print('worker', n, 'line', i, 'at', re.sub(r'\d', 'N', stamp), bool(pattern.match(stamp)))
