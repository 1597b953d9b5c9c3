# A program that is not there: FileNotFoundError from Popen, its traceback through the library
import subprocess

print(subprocess.call(["true"]))
subprocess.check_output(["no-such-program-gil-lab", "arg"])
