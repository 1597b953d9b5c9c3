# dir(module) calls the module's own __dir__ function when it has one (PEP 562), and sorts what it returns.
import _module_with_dir as m

print(dir(m))
print(m.visible, hasattr(m, "extra"))
m.__dir__ = lambda: ("z", "y")
print(dir(m))
del m.__dir__
print([n for n in dir(m) if not n.startswith("__")])
