from ..units import scale
from . import polygon
import geometry.units as u
PI = 3.14159
def area(r):
    return PI * scale(r) ** 2 / u.SCALE ** 2
def describe():
    return f"circle in {__name__}, polygon sides {polygon.SIDES}"
