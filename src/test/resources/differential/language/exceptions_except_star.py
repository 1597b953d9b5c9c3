# except* (PEP 654): each clause gets the matching subgroup, the unmatched rest is raised again, a naked
# exception is matched wrapped in ExceptionGroup('', (e,)), what the clauses raise joins the rest, and
# except* ExceptionGroup is a TypeError
import sys


def run(label, body):
    try:
        body()
        print(label, "-> nothing raised")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))


def by_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("  ValueError clause:", repr(e), repr(sys.exception()))
    except* (TypeError, KeyError) as e:
        print("  TypeError/KeyError clause:", repr(e))
    print("  after:", sys.exception())
run("by type", by_type)


def unmatched_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [OSError(3), ValueError(4)])])
    except* ValueError as e:
        print("  matched:", repr(e))
run("unmatched rest", unmatched_rest)

original = ExceptionGroup("orig", [ValueError(1), TypeError(2)])


def nothing_matches():
    try:
        raise original
    except* OSError:
        print("  not here")
run("nothing matches", nothing_matches)


def everything_matches():
    try:
        raise original
    except* Exception as e:
        print("  same object:", e is original)
run("everything matches", everything_matches)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  wrapped:", repr(e), e.exceptions[0].__traceback__ is not None)
run("naked matched", naked)


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not here")
run("naked unmatched", naked_unmatched)


def naked_reraised():
    try:
        raise ValueError("v")
    except* ValueError:
        raise
run("naked re-raised", naked_reraised)


def naked_raises_new():
    try:
        raise ValueError("v")
    except* ValueError:
        raise RuntimeError("new")
run("naked, clause raises", naked_raises_new)


def raised_and_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from clause")
    except* TypeError:
        raise
run("raised and rest", raised_and_rest)


def raise_in_clause_context():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise RuntimeError("r")
    except ExceptionGroup as e:
        r = e.exceptions[0]
        print("  context of the new one:", repr(r.__context__), repr(e.exceptions[1]))
run("context", raise_in_clause_context)


def both_clauses_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")
run("both clauses raise", both_clauses_raise)


def clause_raises_group():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise e
run("raise e (anew)", clause_raises_group)


def exception_group_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", exception_group_type)


def exception_group_in_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
run("except* (.., BaseExceptionGroup)", exception_group_in_tuple)


def not_an_exception_type():
    try:
        raise ValueError(1)
    except* int:
        pass
run("except* int", not_an_exception_type)


def later_type_checked_too():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("  first clause")
    except* ExceptionGroup:
        pass
run("later clause's type", later_type_checked_too)


def else_and_finally():
    for exc in (None, ValueError(1)):
        try:
            if exc:
                raise exc
        except* ValueError as e:
            print("  clause", repr(e))
        else:
            print("  else")
        finally:
            print("  finally")
run("else and finally", else_and_finally)


def name_cleared():
    try:
        raise ValueError(1)
    except* ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print("  ", n)
run("name cleared", name_cleared)


def loops_inside_clause():
    total = 0
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(3)])
    except* ValueError as e:
        for v in e.exceptions:
            if v.args[0] == 2:
                break
            total += v.args[0]
            continue
    return total
print("loop in a clause:", loops_inside_clause())


def in_loop():
    for i in range(3):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
            raise TypeError(i)
        except* ValueError as e:
            print("  value", repr(e))
        except* TypeError as e:
            print("  type", repr(e))
run("in a loop", in_loop)


class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "'", excs)


def subclass_derive():
    try:
        raise Derived("d", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  match:", repr(e))
run("subclass derive", subclass_derive)


class Splitter(ExceptionGroup):
    def split(self, condition):
        print("  split called with", condition.__name__)
        return super().split(condition)


def split_override():
    try:
        raise Splitter("s", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  match:", repr(e))
run("split override", split_override)


def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  interrupt:", repr(e))
run("base exceptions", base_exceptions)


def notes_and_traceback():
    try:
        eg = ExceptionGroup("n", [ValueError(1), TypeError(2)])
        eg.add_note("a note")
        raise eg
    except* ValueError as e:
        print("  notes:", e.__notes__, e.__traceback__.tb_lineno)
run("notes and traceback", notes_and_traceback)


def nested_try_star():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as e:
            print("  inner clause:", repr(e))
    except* TypeError as e:
        print("  outer clause:", repr(e))
run("nested", nested_try_star)


def generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)
print("generator:", list(generator()))


def function_raising():
    def inner():
        raise ExceptionGroup("from inner", [OSError(1), ValueError(2)])
    try:
        inner()
    except* OSError as e:
        print("  os:", repr(e))
run("through a call", function_raising)


def handled_after():
    try:
        try:
            raise ExceptionGroup("x", [ValueError(1)])
        except* ValueError:
            pass
        print("  handled:", sys.exception())
    finally:
        print("  finally sees:", sys.exception())
run("handled state restored", handled_after)


def type_expression_fails():
    try:
        raise ValueError(1)
    except* undefined_name:
        pass
run("type expression fails", type_expression_fails)
