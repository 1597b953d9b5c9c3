# os is frozen in CPython 3.11: a traceback through os.makedirs shows "<frozen os>" frames with no source
# line, and the function's code says so, while os.__file__ is still the file.
import os
import traceback

try:
    os.makedirs("/proc/no-such-dir/child/grandchild")
except FileNotFoundError:
    traceback.print_exc()
print(os.makedirs.__code__.co_filename, os.path.join.__code__.co_filename, os.__file__.endswith("os.py"))
os.removedirs("/proc/no-such-dir")
