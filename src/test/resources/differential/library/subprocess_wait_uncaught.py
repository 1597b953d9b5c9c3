# An uncaught TimeoutExpired from call: the traceback passes through call, wait and _wait
import subprocess

subprocess.call(["sleep", "3"], timeout=0.2)
