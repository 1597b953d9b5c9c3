# Files whose size says nothing of what they hold: /proc files and devices report 0 bytes, so a read
# must go on until read(2) says the end, in text mode, in binary mode and unbuffered.
with open("/proc/version") as f:
    text = f.read()
    print(text.split()[0], text.endswith("\n"), f.read() == "")

with open("/proc/self/stat", "rb") as f:
    fields = f.read().split()
print(len(fields) > 20, fields[2] in b"RSDTZ")

with open("/dev/zero", "rb", buffering=0) as f:
    print(f.read(5), len(f.read(100000)))

with open("/dev/null", "rb") as f:
    print(f.read(), f.read(10))

with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("Threads:"):
            print("a line by line read sees", line.split(":")[0])
            break

with open("/proc/self/status", "rb", buffering=0) as raw:
    print(raw.readline().split(b":")[0], raw.readline(3), len(raw.readlines()) > 5)
