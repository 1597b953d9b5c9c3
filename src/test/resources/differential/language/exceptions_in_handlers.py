def risky(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError:
        return undefined_name
    finally:
        print("finally", n)
try:
    risky(0)
except NameError as e:
    print("NameError", e, "context:", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        print("no")
    else:
        raise KeyError("from else")
try:
    in_else()
except KeyError as e:
    print("else raised", e, e.__context__)
def finally_raises_over_return():
    try:
        return 1
    finally:
        raise RuntimeError("finally wins")
try:
    finally_raises_over_return()
except RuntimeError as e:
    print(e)
def nested_handlers():
    try:
        try:
            raise TypeError("inner")
        except TypeError as e1:
            raise ValueError("middle") from e1
    except ValueError as e2:
        try:
            raise KeyError("outer")
        except KeyError as e3:
            return [repr(e3), repr(e3.__context__), repr(e3.__context__.__cause__)]
print(nested_handlers())
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError as e:
        print("loop caught", e)
        continue
    else:
        print("loop else", i)
    finally:
        print("loop finally", i)
