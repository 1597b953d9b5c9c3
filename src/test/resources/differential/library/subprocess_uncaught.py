# An uncaught CalledProcessError: the traceback passes through subprocess.run
import subprocess

subprocess.run(["sh", "-c", "exit 2"], check=True)
