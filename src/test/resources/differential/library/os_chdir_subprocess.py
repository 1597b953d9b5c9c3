# A child process starts in the model's working directory after os.chdir, and a relative cwd= is
# taken from it
import os, shutil, subprocess, tempfile

start = os.getcwd()
top = os.path.realpath(tempfile.mkdtemp())


def show(value):
    return str(value).replace(top, "<tmp>")


os.chdir(top)
try:
    os.mkdir("sub")
    with open("sub/inside.txt", "w") as f:
        f.write("inside\n")
    with open("here.txt", "w") as f:
        f.write("here\n")
    print(show(subprocess.run(["/bin/pwd"], capture_output=True, text=True).stdout.strip()))
    print(subprocess.run(["ls"], capture_output=True, text=True).stdout.split())
    print(subprocess.check_output(["cat", "here.txt"], text=True).strip())
    print(show(subprocess.run(["/bin/pwd"], cwd="sub", capture_output=True, text=True).stdout.strip()))
    print(subprocess.run(["cat", "inside.txt"], cwd="sub", capture_output=True, text=True).stdout.strip())
    with open("run.sh", "w") as f:
        f.write("#!/bin/sh\necho script beside $(ls)\n")
    os.chmod("run.sh", 0o755)
    print(subprocess.run(["./run.sh"], capture_output=True, text=True).stdout.strip())
    print(subprocess.run("cat sub/inside.txt", shell=True, capture_output=True, text=True).stdout.strip())
    for cwd in ("nope", "here.txt"):
        try:
            subprocess.run(["/bin/pwd"], cwd=cwd)
        except OSError as e:
            print(type(e).__name__, e)
    os.chdir("sub")
    print(show(subprocess.run(["/bin/pwd"], capture_output=True, text=True).stdout.strip()))
finally:
    os.chdir(start)
    shutil.rmtree(top)
print(os.getcwd() == start, os.path.exists(top))
