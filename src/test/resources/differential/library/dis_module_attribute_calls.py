# dis: a call of a module's function, m.f(...) where an import in the module binds m (import m, import m as
# n, import m.sub, from m import f), loads f as an attribute (LOAD_GLOBAL with its NULL, LOAD_ATTR), not
# as a method; any other receiver's call keeps LOAD_METHOD. 3.11 asks the module's own imports whatever
# scope the name is read in, so a parameter named like an imported module is an attribute call too.
import dis
import io
import os
import os.path as osp
import re
from os import path

from collections import OrderedDict


def listing(x):
    out = io.StringIO()
    dis.dis(x, file=out)
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", out.getvalue())


def module_calls(items):
    os.getcwd()
    path.join("a", "b")
    osp.basename("c/d")
    OrderedDict.fromkeys(items)
    re.compile("x").match("x")
    io.StringIO().getvalue()
    items.sort()
    return os.path.join(*items)


def shadowing(os, text):
    import json
    json.dumps(text)
    return os.getcwd()


def calls_through_subscripts(table, args):
    handlers = [print]
    handlers[0](*args)
    return dis.opmap["NOP"], table.get("k", 0)


class Holder:
    import math

    def area(self, r):
        return self.math.pi * r * r


print(listing(module_calls))
print(listing(shadowing))
print(listing(calls_through_subscripts))
print(listing(Holder))
print(listing("import sys\nsys.exit(0)\nprint(sys.argv[0])\n"))
print(module_calls(["x", "y"]))
print(Holder().area(1.0) == 3.141592653589793)
