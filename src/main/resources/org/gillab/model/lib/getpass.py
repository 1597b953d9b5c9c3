"""Asking for a password and naming the current user: the GIL Lab model's getpass module.

Mirrors CPython 3.11's Lib/getpass.py as its documentation and experiments with python3 show it; written for
the model, not copied. The model has no termios to turn a terminal's echo off, so getpass always behaves as
python3 does where it cannot: it warns (GetPassWarning), says the input may be echoed, and reads a line from
sys.stdin.
"""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt on stream (sys.stderr by default) and read the password from sys.stdin, which may echo it."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning)
    out = sys.stderr if stream is None else stream
    print("Warning: Password input may be echoed.", file=out)
    out.write(prompt)
    out.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    # the Enter the user typed was not shown on stream: end the prompt's line there
    out.write('\n')
    return line[:-1] if line.endswith('\n') else line


getpass = fallback_getpass

# where the login name may be, in the order python3 looks
_USER_VARIABLES = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')


def getuser():
    """The login name: the first of $LOGNAME, $USER, $LNAME, $USERNAME that is set, else the password database's."""
    for variable in _USER_VARIABLES:
        name = os.environ.get(variable)
        if name:
            return name
    import pwd
    return pwd.getpwuid(os.getuid()).pw_name
