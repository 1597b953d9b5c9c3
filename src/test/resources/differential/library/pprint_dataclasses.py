# pprint of dataclass instances: fields shown as name=value broken over lines like keyword
# arguments, fields with repr=False left out, a dataclass's own __repr__ respected, recursion.
import dataclasses
import pprint


@dataclasses.dataclass
class Thread:
    name: str
    ident: int
    samples: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default="hidden", repr=False)


@dataclasses.dataclass
class Pool:
    workers: list
    options: dict


@dataclasses.dataclass(repr=False)
class NoRepr:
    values: list


@dataclasses.dataclass
class OwnRepr:
    values: list

    def __repr__(self):
        return "OwnRepr(%d values)" % len(self.values)


@dataclasses.dataclass
class Empty:
    pass


threads = [Thread("worker-%d" % i, 1000 + i, list(range(i * 3))) for i in range(4)]
pool = Pool(threads, {"switch_interval": 0.005, "kind": "new GIL", "cores": 2})
for width in (100, 60, 40, 20, 8):
    print("width", width)
    pprint.pprint(pool, width=width)
    pprint.pprint([threads[3], Empty()], width=width)
pprint.pprint(pool, indent=4, width=40)
pprint.pprint(pool, depth=2)
pprint.pprint(pool, compact=True, width=50)
print(pprint.pformat(OwnRepr(list(range(50))), width=10))
print(pprint.pformat(NoRepr(list(range(50))), width=10).split(" object at ")[0])
print(pprint.pformat(Thread, width=10), pprint.pformat(Empty(), width=1))
loop = Pool([], {})
loop.workers.append(loop)
loop.options["self"] = loop
print(pprint.pformat(loop, width=20).replace(str(id(loop)), "ID"))
print(pprint.saferepr(pool)[:60], pprint.isreadable(pool))
