# Imported by threads_import_same_module.py from several threads at once: its body sleeps (so the other
# threads run meanwhile) before it defines what they import.
import time

print("running _slow_import", flush=True)
time.sleep(0.05)
READY = "ready"
