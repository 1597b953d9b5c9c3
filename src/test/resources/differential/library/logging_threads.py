# differential: sort lines
# Records from several threads: each line whole (one write per record under the handler's lock),
# named after threading's names ('Thread-1 (worker)'...), MainThread for the main thread
import logging
import threading

logging.basicConfig(level=logging.INFO, format='%(threadName)s %(levelname)s %(message)s')
log = logging.getLogger('workers')

def worker(n):
    for i in range(50):
        log.info('worker %d line %d', n, i)

threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
named = threading.Thread(target=worker, args=(9,), name='reporter')
named.start()
named.join()
log.warning('main thread done')
