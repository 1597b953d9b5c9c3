# A program that prints at its top level and reads __file__ there, as scripts do to find their data:
# CPython on Linux forks its children, so nothing of the top level runs (or prints) again in them, and
# __file__ is the script's path wherever the program looks at it.
import multiprocessing
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
print("top level of", __name__)


def where(tag):
    return tag, os.path.dirname(os.path.abspath(__file__)) == HERE


def report(tag):
    print("child", tag, where(tag)[1])


if __name__ == "__main__":
    print(repr(sys.modules["__main__"]) == "<module '__main__' from %r>" % __file__)
    child = multiprocessing.Process(target=report, args=("process",))
    child.start()
    child.join()
    print("exit code", child.exitcode)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(where, ["a", "b", "c"]))
    print("done")
