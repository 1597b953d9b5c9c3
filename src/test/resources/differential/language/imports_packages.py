import geometry.shapes.circle
print(geometry.shapes.circle.area(1), geometry.VERSION)
import geometry.units as gu
print(gu.scale(5), gu.__name__)
from geometry.shapes import polygon
print(polygon.SIDES, polygon.__name__)
from geometry.shapes.circle import describe, PI as pi_value
print(describe(), pi_value)
import geometry
print(geometry.circle is geometry.shapes.circle, sorted(k for k in vars(geometry) if not k.startswith("__")))
from geometry import *
print(VERSION, units.SCALE, "_private" in dir())
try:
    from geometry import missing_name
except ImportError as e:
    print("ImportError:", e.msg if hasattr(e, "msg") else e)
try:
    import geometry.nothing_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import geometry.broken
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__, e, e.name)
