# dis of try statements whose body or handlers always leave (return, continue, raise), as a tutorial
# printing dis.dis of a "safe" accessor shows them: 3.11 drops the blocks nothing reaches (the jump past
# the handlers, a handler's normal exit, the finally's normal copy, the function's implicit return),
# leaves PUSH_EXC_INFO without a line, and its try NOP outside the table.
import dis


def risky(lst):
    try:
        return lst[0]
    except IndexError:
        return None
    finally:
        lst.clear()


def plain(x):
    try:
        x()
    except ValueError:
        pass


def both_return(x):
    try:
        return x()
    except KeyError:
        return 2


def finally_returns(x):
    try:
        x()
    finally:
        return 1


def loop(items, out):
    for i in items:
        try:
            return i[0]
        except TypeError:
            continue


def nested(a):
    if a:
        try:
            return a.pop()
        except Exception:
            return 0
    return -1


for f in (risky, plain, both_return, finally_returns, loop, nested):
    dis.dis(f)
print(risky([5, 6]), risky([]), plain(int), both_return(dict), finally_returns(list))
print(loop([2, [3]], None), nested([1, 2]), nested([]), nested(None))
