# subprocess.run and its friends: captured output, input, text mode, shell, cwd, env, errors
import io
import os
import subprocess

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)

r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(r)

print(subprocess.run("echo shell $((1 + 2))", shell=True, stdout=subprocess.PIPE, text=True))
print(subprocess.run(["cat"], input=b"line1\nline2\n", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text in\r\nwindows line\n", capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["sh", "-c", "echo quiet; echo loud >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo $GREETING"], env={"GREETING": "hi there"}, capture_output=True,
                     universal_newlines=True).stdout, end="")
print(subprocess.run(["wc", "-c"], input="héllo", capture_output=True, encoding="utf-8").stdout.split())

# a child's inherited stdout and stderr are the program's own
print("before", flush=True)
subprocess.run(["echo", "from the child"])
subprocess.run(["sh", "-c", "echo child error >&2"])
print("after", flush=True)

# a file object as stdout: the child writes into the file
path = f"/tmp/subprocess_run_{os.getpid()}.txt"
with open(path, "w") as f:
    subprocess.run(["echo", "into the file"], stdout=f)
    subprocess.run(["sh", "-c", "echo second line"], stdout=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(subprocess.run(["tr", "a-z", "A-Z"], stdin=f, capture_output=True).stdout)
os.remove(path)

try:
    subprocess.run(["sh", "-c", "echo partial; exit 3"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
    print(isinstance(e, subprocess.SubprocessError), e.args)

try:
    subprocess.run(["no-such-program-gil-lab"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(["ls"], cwd="/no/such/directory")
except FileNotFoundError as e:
    print(type(e).__name__, e)

try:
    subprocess.run(["sleep", "5"], capture_output=True, timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout, e.output, e.stdout, e.stderr)

try:
    subprocess.run(["echo", "x"], stdout=io.StringIO())
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["echo"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(["echo"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)

print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "x"]))
print(subprocess.check_output("echo $0; echo to stderr >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.check_output(["cat"], input="given", text=True))
try:
    subprocess.check_output(["echo"], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
print(repr(subprocess.getoutput("echo hi; echo there")))
print(subprocess.getstatusoutput("exit 4"))
print(subprocess.getstatusoutput("echo no such thing >&2; exit 1"))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
