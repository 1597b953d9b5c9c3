# subprocess.Popen's arguments: what it accepts, what it refuses and with which error, text mode values
import subprocess
from subprocess import PIPE, Popen


class Path:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


for kwargs in [dict(bufsize="big"), dict(pipesize=1.5), dict(startupinfo=object()), dict(creationflags=8),
               dict(stdout=subprocess.STDOUT), dict(env={"A=B": "c"}), dict(args=Path("/bin/true"), shell=True),
               dict(args=[]), dict(args=5), dict(args=["echo", 1])]:
    args = kwargs.pop("args", ["true"])
    try:
        p = Popen(args, **kwargs)
    except (TypeError, ValueError, OSError, IndexError) as e:
        print(sorted(kwargs), type(e).__name__, e)
    else:
        print(sorted(kwargs), "accepted", p.wait())

for kwargs in [dict(), dict(text=True), dict(universal_newlines=1), dict(encoding="utf-8"),
               dict(errors="replace", text=False), dict(text=True, universal_newlines=True)]:
    with Popen(["true"], **kwargs) as p:
        print(sorted(kwargs), repr(p.text_mode), repr(p.universal_newlines))
p.universal_newlines = "yes"
print(p.text_mode, p.args, p.stdin, p.stdout, p.stderr)

# arguments as bytes and path-like objects, a cwd as a path, executable, an env with bytes
print(subprocess.run([b"echo", Path("path-like"), b"bytes"], capture_output=True).stdout)
print(subprocess.run(Path("pwd"), cwd=Path("/tmp"), capture_output=True, text=True).stdout, end="")
print(subprocess.run(["ignored", "-c", "echo run by sh"], executable="sh", capture_output=True, text=True).stdout, end="")
print(subprocess.run("echo $0", shell=True, executable="/bin/bash", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo $X"], env={b"X": b"from bytes"}, capture_output=True).stdout)

# text mode: a decoding error policy, line buffering, and bytes left alone in binary mode
r = subprocess.run(["printf", "caf\\351\\r\\nx\\ry"], capture_output=True, encoding="utf-8", errors="replace")
print(repr(r.stdout))
print(subprocess.run(["printf", "a\\r\\nb"], capture_output=True).stdout)
with Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True, bufsize=1) as p:
    p.stdin.write("line buffered\n")
    print(repr(p.stdout.readline()))
with Popen(["cat"], stdin=PIPE, stdout=PIPE, bufsize=0) as p:
    print(type(p.stdin).__name__ != type(p.stdout).__name__, p.stdin.write(b"raw\n"))
    p.stdin.close()
    print(p.stdout.read())

# communicate: stderr only, stdin only, nothing piped, twice, with input after it started
print(Popen(["sh", "-c", "echo e >&2"], stderr=PIPE).communicate())
print(Popen(["cat"], stdin=PIPE, stdout=subprocess.DEVNULL).communicate(b"discarded"))
print(Popen(["true"]).communicate())
p = Popen(["cat"], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.communicate(b"once"), p.communicate())
try:
    p.communicate(b"again")
except ValueError as e:
    print(e)
print(subprocess.check_output(["cat"], input=None), subprocess.check_output(["cat"], input=None, text=True))
print(subprocess.check_output(["sh", "-c", "echo $0"], text=True, stderr=subprocess.DEVNULL), end="")
try:
    subprocess.check_output(["true"], check=False)
except ValueError as e:
    print(e)
try:
    subprocess.check_call(["sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(e, e.cmd)
try:
    subprocess.check_call(args=["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd, e)
try:
    subprocess.call(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
print(str(subprocess.CalledProcessError(-2, "c")), str(subprocess.CalledProcessError(-17, "c")),
      str(subprocess.CalledProcessError(-6, "c")), str(subprocess.CalledProcessError(2.0, "c")))
e = subprocess.CalledProcessError(1, "x", "out", "err")
e.stdout = "changed"
print(e.args, e.output, e.stderr, subprocess.TimeoutExpired("c", 3, b"o").stdout)
print(subprocess.CompletedProcess[str], Popen[bytes])
print(subprocess.run(["echo", "to devnull"], stdout=subprocess.DEVNULL))
print(subprocess.run(["sh", "-c", "echo to stderr >&2"], stderr=subprocess.STDOUT, stdout=PIPE).stdout)
# list2cmdline: the Windows command line of a sequence, quoted as the MS C runtime reads it back
for seq in [["a b", "c", ""], ['a"b', "x\\\\", "y\\ z\\", 'q\\"r', "\t"], [b"bytes", "tab\there"], []]:
    print(repr(subprocess.list2cmdline(seq)))
