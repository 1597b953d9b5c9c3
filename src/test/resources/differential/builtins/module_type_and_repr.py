# types.ModuleType makes a module a program fills in itself; a module's repr shows its __file__.
import sys
import types

m = types.ModuleType("plugins")
print(m, sorted(m.__dict__.items(), key=lambda kv: kv[0]))
m.__file__ = "/opt/plugins.py"
print(m)
m.__file__ = 3
print(m)
m.answer = 42
exec("def double(x):\n    return 2 * x", m.__dict__)
print(m.double(m.answer), m.__name__)
d = types.ModuleType("documented", "What it does.")
print(d.__doc__, isinstance(d, types.ModuleType), type(d).__name__)
sys.modules["plugins"] = m
import plugins
print(plugins is m)
del sys.modules["plugins"]
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)
