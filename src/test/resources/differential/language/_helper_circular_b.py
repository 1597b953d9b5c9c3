print("b starts")
import _helper_circular_a
B_VALUE = "b"
print("b sees partial a:", hasattr(_helper_circular_a, "A_VALUE"))
print("b ends")
