# __builtins__: in __main__ it is the builtins module itself, in an imported module the builtins dict;
# exec() gives a globals dict without one the builtins dict.
import builtins
import sys

print('__builtins__' in globals(), type(__builtins__).__name__, builtins is __builtins__)
__builtins__.print("printed through __builtins__.print")
print(vars(__builtins__) is builtins.__dict__, vars(__builtins__)['len']([1, 2, 3]))
print(globals()['__builtins__'] is builtins, '__builtins__' in dir())

import _helper_counted  # an imported module (beside this program): its __builtins__ is the dict
print(type(_helper_counted.__builtins__).__name__, _helper_counted.__builtins__ is builtins.__dict__)

namespace = {}
exec("x = 1", namespace)
print(type(namespace['__builtins__']).__name__, namespace['__builtins__'] is builtins.__dict__)
given = {'__builtins__': builtins}
exec("y = len('abc')", given)
print(given['__builtins__'] is builtins, given['y'])
print(eval("__builtins__ is not None"))
