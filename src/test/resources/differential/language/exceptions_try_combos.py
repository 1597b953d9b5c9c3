def f(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for m in ("none", "raise", "return"):
    print(m, f(m))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("else")
    return out
print(loop_control())
def while_finally():
    i = 0
    out = []
    while True:
        try:
            i += 1
            if i > 2:
                break
        finally:
            out.append(i)
    return out
print(while_finally())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
def except_tuple(x):
    try:
        x()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(except_tuple(lambda: {}[1]), except_tuple(lambda: [][1]), except_tuple(lambda: 1 / 0))
def bare():
    try:
        raise OSError("os")
    except:
        return "bare caught"
print(bare())
def reraise_in_finally():
    try:
        try:
            raise ValueError("a")
        finally:
            print("cleanup")
    except ValueError as e:
        print("got", e)
reraise_in_finally()
def return_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(return_in_except())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError
        finally:
            out.append(i)
            continue
    return out
print(continue_in_finally())
def break_in_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            break
    return i
print(break_in_except())
