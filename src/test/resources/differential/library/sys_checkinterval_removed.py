# sys.setcheckinterval and getcheckinterval, Python 2's, are gone from CPython 3.9+ (the model keeps them
# for its old GIL only): a program written for 2.x or 3.8 meets an AttributeError.
import sys

print(hasattr(sys, "setcheckinterval"), hasattr(sys, "getcheckinterval"), sys.getswitchinterval())
try:
    sys.setcheckinterval(100)
except AttributeError as e:
    print(e)
sys.getcheckinterval()
