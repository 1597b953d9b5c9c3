# PyMOTW-style: logging shows which thread said what.
import logging
import threading
import time
import sys

logging.basicConfig(level=logging.DEBUG, format="(%(threadName)-10s) %(levelname)s %(message)s", stream=sys.stdout)


def worker():
    logging.debug("Starting")
    time.sleep(0.05)
    logging.debug("Exiting")


def my_service():
    logging.info("Starting")
    time.sleep(0.1)
    logging.info("Exiting")


t = threading.Thread(name="my_service", target=my_service)
w = threading.Thread(name="worker", target=worker)
t.start()
w.start()
w.join()
t.join()
log = logging.getLogger("app.db")
log.warning("connection pool at %d%%", 90)
log.setLevel(logging.ERROR)
log.warning("not shown")
log.error("shown: %s", {"code": 7})
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
