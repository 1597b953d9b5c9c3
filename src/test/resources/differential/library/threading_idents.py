# Thread idents look as CPython's: pthread_self(), an address near the top of x86-64 Linux's
# 47-bit user space (0x7e... or 0x7f..., as ASLR places it), one per live thread.
import re
import threading
import _thread

main = threading.get_ident()
print(main == threading.main_thread().ident, main.bit_length(), main % 64 == 0)

barrier = threading.Barrier(4)
seen = {}

def worker(n):
    seen[n] = threading.get_ident()
    barrier.wait()  # all four alive at once: four different stacks

threads = [threading.Thread(target=worker, args=(n,), name="w%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
idents = list(seen.values())
print(len(set(idents)), main not in idents, all(i.bit_length() == 47 for i in idents))
print([seen[n] == t.ident for n, t in enumerate(threads)])
print(re.sub(r'\d{12,}', 'IDENT', repr(threads[0])))

# the ident start_new_thread returns is the one the thread sees
got = []
done = threading.Event()
def raw():
    got.append(_thread.get_ident())
    done.set()
returned = _thread.start_new_thread(raw, ())
done.wait()
print(returned == got[0], returned > 2 ** 32)

# renaming a running thread reaches it by its ident
go = threading.Event()
t = threading.Thread(target=go.wait, name="before")
t.start()
t.name = "after"
print(t.name, re.sub(r'\d{12,}', 'IDENT', repr(t)))
go.set()
t.join()

lock = threading.RLock()
with lock:
    print(re.sub(r'owner=\d+', 'owner=OWNER', repr(lock)).split(' at ')[0], ('owner=%d ' % main) in repr(lock))
