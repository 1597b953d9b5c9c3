"""getpass: a password read from stdin where echo cannot be turned off, and getuser's lookup order."""
import getpass
import io
import os
import pwd
import sys
import warnings

print(getpass.__all__, getpass.GetPassWarning.__mro__)

sys.stdin = io.StringIO("one\ntwo")  # no tty: python3 and the model both read sys.stdin
prompts = io.StringIO()


def ask(*args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(repr(getpass.getpass(*args, **kwargs)))
        except EOFError as e:
            print("EOFError", repr(e))
    print([(w.category.__name__, str(w.message)) for w in caught])


ask("Secret: ", prompts)
ask(stream=prompts)
ask(prompt="X", stream=prompts)
print(repr(prompts.getvalue()))

sys.stdin = io.StringIO("three\n")
real_stderr, sys.stderr = sys.stderr, io.StringIO()
ask()
captured, sys.stderr = sys.stderr.getvalue(), real_stderr
print(repr(captured))

for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(variable, None)
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
for variable, name in (("USERNAME", "u4"), ("LNAME", "u3"), ("USER", ""), ("USER", "u2"), ("LOGNAME", "u1")):
    os.environ[variable] = name
    print(variable, repr(name), getpass.getuser())

print(type(os.getuid()), os.getuid() >= 0, os.getgid() >= 0, os.geteuid() == os.getuid(), os.getegid() == os.getgid())
try:
    os.getuid(1)
except TypeError as e:
    print(e)
