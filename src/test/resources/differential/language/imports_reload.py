# sys.modules is what import looks at: deleting an entry makes the next import run the module again;
# importlib.import_module and importlib.reload as CPython's.
import importlib
import sys

import _helper_counted
first = _helper_counted
print(first.value, first.only_first)

import _helper_counted  # cached: does not run again
print(_helper_counted is first)

del sys.modules["_helper_counted"]
import _helper_counted  # runs again, as a new module
print(_helper_counted is first, _helper_counted.value, hasattr(_helper_counted, "only_first"), first.value)

again = importlib.reload(_helper_counted)  # runs again in the same namespace
print(again is _helper_counted, again.value, hasattr(again, "only_first"))

print(importlib.import_module("_helper_counted") is again)
print(importlib.import_module("json").dumps([1, 2]))
print(importlib.import_module("concurrent.futures").__name__)

for call in [lambda: importlib.import_module(".sub"),
             lambda: importlib.import_module("no_such_module_here"),
             lambda: importlib.reload("json"),
             lambda: importlib.import_module("..x", "a")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)

sys.modules.pop("json")
import json
print(json.loads("[3]"), "json" in sys.modules)
