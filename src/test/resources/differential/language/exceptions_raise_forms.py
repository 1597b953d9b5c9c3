try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print(repr(e))
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise int
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError("stored")
try:
    raise e
except ValueError as caught:
    print(caught is e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    raise BaseException("base")
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", e)
