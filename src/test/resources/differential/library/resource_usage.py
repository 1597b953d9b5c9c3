"""resource: getrusage's struct_rusage, the limits and their errors, CPU time of threads under the GIL."""
import resource
import threading


def attempt(call, *args, **kwargs):
    try:
        print(repr(call(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(resource.error is OSError, resource.RLIM_INFINITY)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
print(sorted((name, getattr(resource, name)) for name in dir(resource) if name.startswith("RLIMIT_")))

usage = resource.getrusage(resource.RUSAGE_SELF)
kind = type(usage)
print(kind, kind.__module__, kind.n_fields, kind.n_sequence_fields, kind.n_unnamed_fields)
print(isinstance(usage, tuple), len(usage), [type(field).__name__ for field in usage])
print([name for name in dir(usage) if name.startswith("ru_")])
print(usage[0] == usage.ru_utime, usage[-1] == usage.ru_nivcsw, usage[2:4] == (usage.ru_maxrss, usage.ru_ixrss))
print(usage.ru_utime >= 0, usage.ru_stime >= 0, usage.ru_maxrss > 0, usage.ru_minflt > 0)
print(repr(resource.struct_rusage(range(16))))
attempt(resource.struct_rusage, (1, 2))

# a CPU-bound thread's own time is at most the process's
def spin():
    total = 0
    for i in range(200000):
        total += i
    mine = resource.getrusage(resource.RUSAGE_THREAD)
    whole = resource.getrusage(resource.RUSAGE_SELF)
    print("thread", mine.ru_utime <= whole.ru_utime + 0.01, mine.ru_utime + mine.ru_stime >= 0)

worker = threading.Thread(target=spin)
worker.start()
worker.join()
later = resource.getrusage(resource.RUSAGE_SELF)
print(later.ru_utime + later.ru_stime >= usage.ru_utime + usage.ru_stime)
print(type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__)

attempt(resource.getrusage, 5)
attempt(resource.getrusage, "x")
attempt(resource.getrusage, 2 ** 40)
attempt(resource.getrusage)
attempt(resource.getrusage, who=0)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == resource.RLIM_INFINITY)
attempt(resource.getrlimit, 99)
attempt(resource.getrlimit, -1)
attempt(resource.getrlimit, 2 ** 70)
attempt(resource.getrlimit)
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, 5)
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, ("a", 2))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (2 ** 64, 1))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, (hard, hard - 1))
attempt(resource.setrlimit, 99, (1, 2))
attempt(resource.setrlimit, 1)
attempt(resource.setrlimit, resource=1, limits=(1, 2))
attempt(resource.setrlimit, resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE, (soft, hard)) == (soft, hard))
attempt(resource.prlimit, 0)
attempt(resource.prlimit, 2 ** 40, 1)
attempt(resource.prlimit, 0, 99)
attempt(resource.prlimit, 0, resource.RLIMIT_NOFILE, None)
attempt(resource.prlimit, 0, resource.RLIMIT_NOFILE, (hard, hard - 1))
attempt(resource.prlimit, pid=0, resource=1)

print(resource.getpagesize() > 0, resource.getpagesize() % 1024)
attempt(resource.getpagesize, 1)
