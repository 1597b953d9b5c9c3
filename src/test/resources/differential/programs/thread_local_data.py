# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.value = "main"
seen = {}
lock = threading.Lock()


def show(name):
    print_before = hasattr(data, "value")
    data.value = name
    data.items = [name] * 2
    with lock:
        seen[name] = (print_before, data.value, data.items)


threads = [threading.Thread(target=show, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(seen):
    print(name, seen[name])
print("main still sees:", data.value, hasattr(data, "items"))


class Context(threading.local):
    def __init__(self, user="anonymous"):
        self.user = user


ctx = Context("admin")
out = []
t = threading.Thread(target=lambda: out.append(ctx.user))
t.start()
t.join()
print("subclass __init__ runs per thread:", ctx.user, out)
