# get_context() returns objects of the classes CPython's multiprocessing.context defines, one per
# start method, as programs that print or compare them see
import multiprocessing as mp

for method in (None, "fork", "spawn", "forkserver"):
    context = mp.get_context(method)
    print(type(context).__name__, type(context).__module__, context.get_start_method(),
          repr(context).split(" at ")[0], type(context).__mro__[1].__name__)
print(mp.get_context("spawn") is mp.get_context("spawn"))
try:
    mp.get_context("spawn").no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
