"""Where ZoneInfo looks for TZif files: the model's zoneinfo._tzpath.

Written for the model (not copied) to behave as CPython 3.11's Lib/zoneinfo/_tzpath.py does: TZPATH comes
from PYTHONTZPATH or else sysconfig's TZPATH, keys are checked to be normalized relative paths, and
available_timezones() lists every TZif file under the search path.
"""

import os
import sysconfig
import warnings

from . import _common


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


TZPATH = ()


def reset_tzpath(to=None):
    """Set TZPATH to the given paths, or to the default search path when none are given."""
    global TZPATH
    if to is None:
        TZPATH = _default_tzpath()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
    paths = tuple(to)
    relative = [path for path in paths if not os.path.isabs(path)]
    if relative:
        raise ValueError(_relative_paths_message(relative))
    TZPATH = paths


def _default_tzpath():
    # PYTHONTZPATH, even empty, replaces the configured path; its relative entries are dropped with a warning.
    env = os.environ.get("PYTHONTZPATH")
    if env is None:
        return tuple(path for path in sysconfig.get_config_var("TZPATH").split(os.pathsep) if path)
    if not env:
        return ()
    paths = env.split(os.pathsep)
    relative = [path for path in paths if not os.path.isabs(path)]
    if relative:
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(relative), InvalidTZPathWarning)
    return tuple(path for path in paths if os.path.isabs(path))


def _relative_paths_message(paths):
    return "Paths should be absolute but found the following relative paths:\n" + "\n".join(
        "    " + str(path) for path in paths)


def find_tzfile(key):
    """The path of the TZif file for key on TZPATH, or None."""
    _validate_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def _validate_key(key):
    # A key must name a file below a TZPATH entry, never one elsewhere.
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    if os.path.normpath(key) != key:
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if key == os.pardir or key.startswith(os.pardir + os.sep):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


# Directories of the tz distribution that repeat the zones under other rules, and the file of POSIX
# rules zic uses by default: none of them is a key of its own.
_NOT_ZONES = {"right", "posix", "posixrules"}


def available_timezones():
    """Returns a set containing all available time zones.

    Those the tzdata package lists, and every file on the search path that starts with the TZif magic
    string (each one is opened to look).
    """
    zones = _common.tzdata_keys()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            if dirpath == root:
                dirnames[:] = [name for name in dirnames if name not in _NOT_ZONES]
                filenames = [name for name in filenames if name not in _NOT_ZONES]
            for name in filenames:
                path = os.path.join(dirpath, name)
                if _is_tzif(path):
                    zones.add(os.path.relpath(path, root))
    return zones


def _is_tzif(path):
    try:
        with open(path, "rb") as file:
            return file.read(4) == b"TZif"
    except OSError:
        return False


reset_tzpath()
