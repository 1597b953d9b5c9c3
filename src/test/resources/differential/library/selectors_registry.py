# selectors: register/modify/unregister and their errors, keys and the get_map view, select's
# timeouts and event masks, closing, BaseSelector's abstract interface, and the tracebacks of errors.
import selectors
import socket
import re
import sys
import traceback


def without_fd(text):
    """Descriptor numbers depend on what the process has open (a JVM has dozens): not compared."""
    return re.sub(r"FD \d+", "FD n", re.sub(r"\b\d+ \(FD \d+\)", "n (FD n)", text))


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, without_fd(str(e)), "| suppressed:", e.__suppress_context__)
        return None
    print(label, "ok", result)
    return result


class Handle:
    """A file object whose fileno() is a socket's, with a repr that does not show the number."""

    def __init__(self, name, sock):
        self.name, self.sock = name, sock

    def fileno(self):
        return self.sock.fileno()

    def __repr__(self):
        return f"<Handle {self.name}>"


class Odd:
    def __init__(self, value):
        self.value = value

    def fileno(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value

    def __repr__(self):
        return f"Odd({self.value!r})"


server = socket.create_server(("127.0.0.1", 0))
client = socket.create_connection(server.getsockname())
peer, _ = server.accept()
a, b = Handle("a", client), Handle("b", peer)

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
print(selectors.SelectorKey("f", 3, 1, None), selectors.SelectorKey(1, 2, 3, 4) == (1, 2, 3, 4))
print(sorted(selectors.BaseSelector.__abstractmethods__))
print([c.__name__ for c in selectors.SelectSelector.__mro__])
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
attempt("instantiate base", selectors.BaseSelector)

sel = selectors.SelectSelector()
print(sel.get_map() is sel.get_map(), len(sel.get_map()))
for events in [0, 4, -1, 1.5, "x", None]:
    attempt(f"events {events!r}", sel.register, a, events)
for obj in [object, 3.0, -1, -5, Odd("7x"), Odd(None), Odd(-2), Odd(OSError("no fileno"))]:
    attempt("fileobj", sel.register, obj, selectors.EVENT_READ)
print("nothing registered:", len(sel.get_map()))

key = sel.register(a, selectors.EVENT_READ, "data a")
print(key.fileobj, key.fd == client.fileno(), key.events, key.data, type(key).__name__)
print(sel.get_key(a) is key, sel.get_map()[a] is key, sel.get_key(client.fileno()) is key)
attempt("again", lambda: sel.register(a, selectors.EVENT_WRITE) and None)
try:
    sel.register(client, 1)
except KeyError as e:
    print("again by socket", e.args[0].endswith(f" (FD {client.fileno()}) is already registered"))
attempt("again by fd", lambda: sel.register(client.fileno(), 1) and None)
attempt("unregister other", sel.unregister, b)
attempt("get_key other", sel.get_key, b)
attempt("modify other", sel.modify, b, 1)
attempt("map other", lambda: sel.get_map()[b])
attempt("map bad", lambda: sel.get_map()[object])
attempt("contains bad", lambda: -1 in sel.get_map())
print(a in sel.get_map(), b in sel.get_map(), sel.get_map().get(b, "default"), 10**6 in sel.get_map())

same = sel.modify(a, selectors.EVENT_READ, "data a")
print("same", same is key)
renamed = sel.modify(a, selectors.EVENT_READ, "data a2")
print("new data", renamed is key, renamed.data, renamed.events, sel.get_key(a) is renamed)
equal = sel.modify(a, selectors.EVENT_READ, "data a2")
print("equal data", equal is renamed)
both = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE)
print("new events", both.events, both.data)
attempt("modify bad events", sel.modify, a, 8)
print("after bad modify", len(sel.get_map()), a in sel.get_map())

ka = sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "a")
kb = sel.register(b, selectors.EVENT_READ, "b")
print(len(sel.get_map()), sorted(k.data for k in sel.get_map().values()))
print(sorted(fd == client.fileno() for fd in sel.get_map()))


def ready(timeout):
    return sorted((k.data, events) for k, events in sel.select(timeout))


print("nothing to read", ready(0))
peer.sendall(b"to a")
print("a readable", ready(1))
client.sendall(b"to b")
print("both", ready(1))
print("negative timeout polls", ready(-3))
client.recv(100), peer.recv(100)
print("drained", ready(0.01))
print("unregister", sel.unregister(a) is ka, ready(0))
print("key after unregister", ka.data, len(sel.get_map()))

# a socket closed while registered is still found, by identity, to be unregistered
third = socket.create_connection(server.getsockname())
other, _ = server.accept()
kt = sel.register(third, selectors.EVENT_READ, "third")
third.close()
print("closed socket", third.fileno(), sel.get_key(third) is kt, sel.unregister(third) is kt)
attempt("closed socket in map", lambda: third in sel.get_map())
try:
    sel.get_key(third)
except ValueError:
    print(without_fd(traceback.format_exc()), end="")
other.close()

with selectors.SelectSelector() as inner:
    inner.register(a, selectors.EVENT_WRITE)
    print("inner", [(k.fileobj, ev) for k, ev in inner.select(0)])
print("closed map", inner.get_map())
attempt("closed get_key", inner.get_key, a)

sel.close()
print(sel.get_map())
attempt("get_key after close", sel.get_key, b)


class Minimal(selectors.BaseSelector):
    def __init__(self):
        self.keys = {}

    def register(self, fileobj, events, data=None):
        self.keys[fileobj] = selectors.SelectorKey(fileobj, 0, events, data)
        return self.keys[fileobj]

    def unregister(self, fileobj):
        return self.keys.pop(fileobj)

    def select(self, timeout=None):
        return [(k, k.events) for k in self.keys.values()]

    def get_map(self):
        return self.keys


m = Minimal()
m.register("x", 1)
print(m.modify("x", 2, "d"), m.get_key("x").data, m.close(), m.__enter__() is m)
attempt("minimal missing", m.get_key, "y")
attempt("minimal modify missing", m.modify, "y", 1)


class Abstract(selectors.BaseSelector):
    def register(self, fileobj, events, data=None):
        return super().register(fileobj, events, data)

    def unregister(self, fileobj):
        return super().unregister(fileobj)

    def select(self, timeout=None):
        return super().select(timeout)

    def get_map(self):
        return super().get_map()


ab = Abstract()
for f in [lambda: ab.register(a, 1), lambda: ab.unregister(a), lambda: ab.modify(a, 1), lambda: ab.select(),
          lambda: ab.get_key(a)]:
    attempt("abstract", f)

# what CPython's tracebacks show for the common mistakes
fresh = selectors.DefaultSelector()
fresh.register(a, selectors.EVENT_READ)
for f in [lambda: fresh.register(a, selectors.EVENT_READ), lambda: fresh.register(object, 1),
          lambda: fresh.register(Odd(-1), 1), lambda: fresh.register(b, 5), lambda: fresh.unregister(b),
          lambda: fresh.get_key(b)]:
    try:
        f()
    except (KeyError, ValueError):
        print(without_fd(traceback.format_exc()), end="")
fresh.close()
for s in [client, peer, server]:
    s.close()
