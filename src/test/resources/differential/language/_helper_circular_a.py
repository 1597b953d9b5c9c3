print("a starts")
import _helper_circular_b
A_VALUE = "a"
def from_b():
    return _helper_circular_b.B_VALUE
print("a ends")
