# A child Python started through sys.executable, as scripts start helpers and workers.
import os
import subprocess
import sys

print(os.path.basename(sys.executable).startswith("python3"), os.path.isabs(sys.executable))
done = subprocess.run([sys.executable, "-c", "import sys; print(6 * 7, sys.argv[1:]); sys.exit(3)", "a", "b"],
                      capture_output=True, text=True)
print(done.returncode, done.stdout.strip(), repr(done.stderr))
print(subprocess.check_output([sys.executable, "-c", "print('from the child')"], text=True), end="")
try:
    subprocess.run([sys.executable, "-c", "raise SystemExit(2)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, e.cmd[1:])
