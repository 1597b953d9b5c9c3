# A value json.dumps cannot encode, without indent: CPython's C encoder runs under iterencode, so the
# traceback goes dumps -> encode -> iterencode -> default (the model's encoder frames are hidden), and
# dumps shows its shared-encoder line or the last line of its encoder call.
import datetime
import json
import traceback

class Point:
    pass

loop = []
loop.append(loop)
cases = [
    lambda: json.dumps({'when': datetime.date(2024, 1, 2)}),
    lambda: json.dumps([1, Point()], sort_keys=True),
    lambda: json.dumps(Point(), default=lambda o: o.missing),
    lambda: json.dumps({(1, 2): 'tuple key'}),
    lambda: json.dumps(loop),
    lambda: json.JSONEncoder().encode({'p': Point()}),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc()
