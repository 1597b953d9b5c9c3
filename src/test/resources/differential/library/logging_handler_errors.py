# Errors in logging's handlers: an exception from a handler's emit reaches the caller through the
# library's frames; a record that cannot be formatted is reported by handleError ("--- Logging error ---",
# its call stack included) while the program goes on, also from a thread; raiseExceptions = False silences it
import logging
import sys
import threading
import traceback


class BrokenHandler(logging.Handler):
    def emit(self, record):
        raise ValueError("emit broke")


broken = logging.getLogger("broken")
broken.addHandler(BrokenHandler())
broken.propagate = False
try:
    broken.error("never shown")
except ValueError:
    traceback.print_exc(file=sys.stdout)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("%(threadName)s %(levelname)s %(message)s"))
app = logging.getLogger("app")
app.addHandler(out)
app.propagate = False
app.error("bad format %d", "text")
sys.stderr.flush()
print("goes on")
worker = threading.Thread(target=app.warning, args=("too %s %s", "few"), name="Worker")
worker.start()
worker.join()
sys.stderr.flush()
logging.raiseExceptions = False
app.error("silenced %d", "text")
logging.raiseExceptions = True
app.info("below the level")
app.warning("%s fine", "all")
