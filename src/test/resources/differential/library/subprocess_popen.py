# subprocess.Popen: pipes as file objects, communicate, wait, poll, signals, the exceptions' messages
import subprocess
from subprocess import PIPE, Popen

p = Popen(["cat"], stdin=PIPE, stdout=PIPE)
out, err = p.communicate(b"abc")
print(out, err, p.returncode, isinstance(p.pid, int))

with Popen(["sh", "-c", "echo one; echo two; echo three"], stdout=PIPE, text=True) as p:
    print(repr(p.stdout.readline()))
    for line in p.stdout:
        print("line:", line, end="")
print(p.returncode, p.stdout.closed)

with Popen(["sh", "-c", "printf 'a\\nb\\n'"], stdout=PIPE) as p:
    print(p.stdout.read(1), p.stdout.read())
    print(p.stdout.readline())

p = Popen(["sh", "-c", "read x; echo got $x; read y; echo and $y"], stdin=PIPE, stdout=PIPE, text=True)
p.stdin.write("hello\n")
p.stdin.flush()
print(repr(p.stdout.readline()))
p.stdin.write("bye\n")
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

p = Popen(["sleep", "5"])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output)
p.kill()
print(p.wait(), p.poll(), p.returncode)
print(repr(p))

p = Popen(["sleep", "5"])
p.terminate()
print(p.wait())
p.kill()  # ended already: nothing happens
print(p.wait())

p = Popen(["sh", "-c", "echo start; sleep 0.6; echo end"], stdout=PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout)
out, err = p.communicate()
print(out, err, p.returncode)

p = Popen(["sh", "-c", "echo out; echo err >&2; exit 5"], stdout=PIPE, stderr=PIPE, text=True)
print(p.communicate(), p.returncode)
print(Popen(["true"]).wait(), Popen(["echo", "inherited"]).wait())
print(repr(Popen(["echo", "a very long argument list that does not fit"], stdout=PIPE).communicate()[0]))
print(repr(Popen(["echo", "a very long argument list that does not fit in eighty columns at all"],
                 stdout=subprocess.DEVNULL)))

first = Popen(["printf", "b\\na\\nc\\n"], stdout=PIPE)
second = Popen(["sort"], stdin=first.stdout, stdout=PIPE)
first.stdout.close()
print(second.communicate()[0], first.wait(), second.returncode)

print(str(subprocess.CalledProcessError(1, ["x", "y"])))
print(str(subprocess.CalledProcessError(-9, ["x"])))
print(str(subprocess.CalledProcessError(-15, "x")))
print(str(subprocess.CalledProcessError(-99, "x")))
print(str(subprocess.TimeoutExpired("cmd", 1.5)), subprocess.TimeoutExpired("c", 2).stdout)
print(repr(subprocess.CompletedProcess("a", 0)), repr(subprocess.CompletedProcess(["a"], 1, b"o", "e")))
try:
    subprocess.CompletedProcess(["false"], 1, "out").check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
try:
    Popen(["echo"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
try:
    Popen(["echo", 1])
except TypeError as e:
    print(e)
