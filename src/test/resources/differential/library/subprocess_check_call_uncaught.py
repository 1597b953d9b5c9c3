# An uncaught CalledProcessError from check_call, and from CompletedProcess.check_returncode in its context
import subprocess

try:
    subprocess.run(["sh", "-c", "exit 3"]).check_returncode()
finally:
    subprocess.check_call(["sh", "-c", "exit 4"])
