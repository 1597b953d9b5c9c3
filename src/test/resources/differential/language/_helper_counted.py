# Imported, re-imported and reloaded by imports_reload.py: says each time its code runs.
import sys

runs = getattr(sys, "_helper_counted_runs", 0) + 1
sys._helper_counted_runs = runs
print("_helper_counted runs, time", runs)
if runs == 1:
    only_first = "set by the first run"
value = runs * 10
