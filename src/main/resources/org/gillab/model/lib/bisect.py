"""Bisection algorithms: the GIL Lab model's bisect module.

Written for the model (not copied) to behave as CPython 3.11's Lib/bisect.py does: the functions are
those of the Java module _bisect, as CPython's are C (_bisectmodule.c); bisect and insort are the
"right" variants.
"""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
