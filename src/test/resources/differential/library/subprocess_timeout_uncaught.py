# An uncaught TimeoutExpired: the traceback passes through run, communicate and _check_timeout
import subprocess
subprocess.run(["sleep", "3"], capture_output=True, timeout=0.2)
