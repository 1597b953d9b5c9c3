# AttributeError's name and obj and NameError's name (3.10+): keyword-only arguments of __init__, reset
# by each call, and set by the interpreter: a failed attribute lookup (obj.x, getattr) gives the
# AttributeError, whoever raised it, the name and object looked up unless it has either already; a
# global or free variable not found gives NameError its name (UnboundLocalError gets none). Other
# exceptions refuse keywords, naming the type whose keywords they are.


def show(label, action):
    try:
        action()
    except BaseException as e:
        print(label, type(e).__name__, repr(e), "name:", repr(getattr(e, "name", "-")),
              "obj:", repr(getattr(e, "obj", "-")))


class Box:
    def __repr__(self):
        return "Box()"


box = Box()
e = AttributeError("x", name="n")
print(repr(e), e.name, e.obj, e.args, str(e), vars(e))
e = AttributeError(name="n", obj=box)
print(repr(e), e.name, e.obj, e.args, repr(str(e)))
e.__init__("again")
print(e.name, e.obj, e.args)
e.name, e.obj = "q", 3
print(e.name, e.obj, vars(e))
del e.name
print(e.name)
n = NameError("x", name="nn")
print(repr(n), n.name, vars(n), NameError().name, UnboundLocalError("z", name="q").name)
i = ImportError("x", name="n", path="p")
print(vars(i), i.name, i.path, i.msg)
i.__init__("a", "b")
print(i.name, i.path, i.msg)
show("bad keyword", lambda: AttributeError("x", foo=1))
show("import keyword", lambda: AttributeError("x", name="n", path=1))
show("name keyword", lambda: NameError("x", obj=1))
show("subclass keyword", lambda: UnboundLocalError("z", obj="q"))
show("module keyword", lambda: ModuleNotFoundError("x", obj=1))
show("no keywords", lambda: StopIteration(name="q"))
show("no keywords", lambda: KeyError("k", name="q"))


class Own(AttributeError):
    pass


class Slots:
    __slots__ = ("a",)

    def __repr__(self):
        return "Slots()"


class Hooked:
    def __getattr__(self, name):
        if name == "own":
            raise Own("own " + name)
        if name == "preset":
            raise AttributeError("preset", name="given")
        if name == "with_obj":
            error = AttributeError("with obj")
            error.obj = 42
            raise error
        if name == "inner":
            return box.missing
        raise AttributeError("custom " + name)

    def __repr__(self):
        return "Hooked()"


class Prop:
    @property
    def p(self):
        raise AttributeError("inner")

    def __repr__(self):
        return "Prop()"


class Meta(type):
    def __repr__(cls):
        return "<Meta>"


class Classy(metaclass=Meta):
    pass


show("instance", lambda: box.foo)
show("int", lambda: (1).foo)
show("None", lambda: None.foo)
show("class", lambda: Classy.foo)
show("type", lambda: type.foo)
show("slot", lambda: Slots().a)
show("__getattr__", lambda: Hooked().foo)
show("subclass", lambda: Hooked().own)
show("preset", lambda: Hooked().preset)
show("obj preset", lambda: Hooked().with_obj)
show("inner lookup", lambda: Hooked().inner)
show("property", lambda: Prop().p)
show("method call", lambda: [].nope())
show("getattr", lambda: getattr(box, "bar"))
show("super", lambda: super(Box, box).x)
show("delattr", lambda: delattr(Slots(), "a"))
show("read-only", lambda: setattr(1, "real", 2))
print(getattr(box, "bar", "default"), hasattr(box, "bar"))


def global_name():
    return undefined_global


def local_name():
    print(later)
    later = 1


def free_name():
    def inner():
        return enclosed
    inner()
    enclosed = 1


def delete_global():
    global never_set
    del never_set


show("global", global_name)
show("local", local_name)
show("free", free_name)
show("del global", delete_global)
show("exec", lambda: exec("not_there", {}))
show("class body", lambda: exec("class Q:\n    print(not_there_either)"))


def submodule():
    import os.nope


show("not a package", submodule)
show("no module", lambda: __import__("no_such_module_here"))
