"""ctypes.util: find_library (CPython's Lib/ctypes/util.py), written for the model, not copied.

CPython asks ldconfig -p (then gcc and ld) for the library's soname; the model asks ldconfig -p too.
"""

import os
import re
import subprocess

__all__ = ["find_library"]


def find_library(name):
    """The soname of library lib<name> the dynamic linker knows (libc.so.6 for "c"), or None."""
    try:
        listing = subprocess.run(["/sbin/ldconfig", "-p"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 env=dict(os.environ, LC_ALL="C", LANG="C")).stdout.decode()
    except OSError:
        return None
    machine = "x86-64" if os.uname().machine == "x86_64" else None
    pattern = re.compile(r"\s+(lib%s\.[^\s]+)\s+\(([^)]*)\)" % re.escape(name))
    for match in pattern.finditer(listing):
        if machine is None or machine in match.group(2):
            return match.group(1)
    return None
