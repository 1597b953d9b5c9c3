print("geometry package init, __name__ =", __name__)
from .shapes import circle
from . import units
__all__ = ["circle", "units", "VERSION"]
VERSION = "1.0"
_private = "hidden"
