# Which lines of a traceback get carets under a failing assert (CPython 3.11): the AssertionError is
# raised at the last comparison the condition branches on (through not, and/or and conditional
# expressions), else at the whole statement, whose line then has none, as a line fully covered never
# does. Caught ones are printed with traceback, the last one is uncaught.
import traceback

x, y, z = 0, [0], {"k": 0}


def f():
    return 0


def show(test):
    try:
        test()
    except AssertionError:
        traceback.print_exc()


def plain_name():
    assert x


def plain_name_message():
    assert x, "message"


def subscript():
    assert y[0], "subscript"


def call():
    assert f()


def attribute():
    assert f.__doc__


def compare():
    assert x == 1, f"got {x}"


def chained():
    assert 0 < x < 1


def negated():
    assert not y


def negated_compare():
    assert not x == 0


def and_compare_first():
    assert x == 0 and y[0]


def and_compare_last():
    assert y and x == 1


def or_compares():
    assert x == 1 or f() == 2


def conditional():
    assert (x == 1) if y else z["k"]


def conditional_plain():
    assert x if y else z["k"]


def is_none():
    assert f() is None, "is"


def multi_line():
    assert (x
            ), "two lines"


def multi_line_compare():
    assert (x ==
            1)


def membership():
    assert "q" in z


for test in (plain_name, plain_name_message, subscript, call, attribute, compare, chained, negated,
             negated_compare, and_compare_first, and_compare_last, or_compares, conditional,
             conditional_plain, is_none, multi_line, multi_line_compare, membership):
    show(test)

assert z["k"], "uncaught"
