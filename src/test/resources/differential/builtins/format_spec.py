# format() and the format-spec mini-language for int, bool, float and str, with its errors
def show(value, spec):
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), type(e).__name__ + ":", e)

ints = [0, 7, -7, 255, -255, 1234567, 10**20, True]
int_specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^9", "+", "-", " ", "+08", "08", "010,", "09,", "08,", "07,",
             ",", "_", "_x", "#x", "#X", "#o", "#b", "b", "x", "X", "o", "c", "n", "e", ".2f", "%", "g", "#010_x",
             "0=10", "z", ".2", "+c", "#c", ",x", ",_", "q", "abc", ">", "s"]
for v in ints:
    for spec in int_specs:
        show(v, spec)
floats = [0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e16, 1e-5, 0.0001, 12.0, 123.0, 1234.5, 1e100, 5e-324,
          2.5, 3.5, 0.125, float("inf"), float("-inf"), float("nan"), 100.0, 1e300]
float_specs = ["", ".0f", ".2f", "f", "F", "e", "E", ".3e", "g", "G", ".3g", "#g", "#.0f", "#.0e", ".3", ".2", "10.3f",
               "<10.2f", "^12.4g", "=+12.3f", "+", " ", "010", "012,.2f", ",", "_.3f", ",.1f", "%", ".1%", "z.1f",
               "z", "n", ".0e", "#.3g", ".20f", "x", "d", ".", ",g", "12,.1e"]
for v in floats:
    for spec in float_specs:
        show(v, spec)
strs = ["", "abc", "é", "日本語", "a😀b"]
str_specs = ["", "s", "5", "<5", ">5", "^5", "*^7", ".1", "5.2", "05", "+", "#", "=5", "x", "z"]
for v in strs:
    for spec in str_specs:
        show(v, spec)
for v in [None, [1, 2], (1,), {1: 2}, object]:
    show(v, "")
    show(v, "10")
