# An error in a descriptor's __set_name__ while a class is made: CPython 3.11 raises RuntimeError naming
# the descriptor's type, the attribute and the class, with the error as its __cause__ (3.12 adds a note
# instead); cached_property assigned to two names is the common way users meet it
import functools
import traceback


class Checked:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise ValueError(f"{owner.__name__}.{name}: private names are not checked")
        self.name = name


class Good:
    value = Checked()


print(Good.__dict__["value"].name)
try:
    class Bad:
        ok = Checked()
        _hidden = Checked()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
    print([line.split(", in ")[-1] for line in traceback.format_exc().splitlines() if line.startswith("  File")])
try:
    type("Dynamic", (), {"attr": Checked(), "_x": Checked()})
except RuntimeError as e:
    print(e)


class Stop:
    def __set_name__(self, owner, name):
        raise KeyboardInterrupt


try:
    class Interrupted:
        s = Stop()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)


class Twice:
    @functools.cached_property
    def total(self):
        return 1
    sum = total
