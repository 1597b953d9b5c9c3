# filecmp: cmp shallow and deep, cmpfiles, and dircmp's lists and reports down the tree.
import contextlib
import filecmp
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    def path(*parts):
        return os.path.join(tmp, *parts)

    def write(name, data):
        with open(path(name), "w") as f:
            f.write(data)
        os.utime(path(name), (1_600_000_000, 1_600_000_000))

    for d in ("a/sub/deeper", "b/sub/deeper", "a/onlydir", "a/.git", "b/__pycache__", "b/funny.txt"):
        os.makedirs(path(d))
    for side in ("a", "b"):
        write(f"{side}/same.txt", "same\n")
        write(f"{side}/samesize.txt", side * 4)
        write(f"{side}/sub/s.txt", "x\n")
        write(f"{side}/sub/deeper/d.txt", side)
    write("a/left.txt", "l")
    write("b/right.txt", "r")
    write("a/funny.txt", "file on the left")
    write("b/sub/only.txt", "y")
    write("b/longer.txt", "12345")
    write("a/longer.txt", "123")

    print(filecmp.cmp(path("a/same.txt"), path("b/same.txt")), filecmp.cmp(path("a/samesize.txt"), path("b/samesize.txt")),
          filecmp.cmp(path("a/samesize.txt"), path("b/samesize.txt"), shallow=False),
          filecmp.cmp(path("a/longer.txt"), path("b/longer.txt"), False), filecmp.cmp(path("a/sub"), path("b/sub")))
    print(filecmp.cmpfiles(path("a"), path("b"), ["same.txt", "samesize.txt", "nope.txt", "sub"], shallow=False))
    filecmp.clear_cache()
    try:
        filecmp.cmp(path("a/x"), path("b/x"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)

    d = filecmp.dircmp(path("a"), path("b"))
    print(d.left_list, d.right_list, d.common, d.left_only, d.right_only)
    print(d.common_dirs, d.common_files, d.common_funny, d.same_files, d.diff_files, d.funny_files)
    print(sorted(d.subdirs), type(d.subdirs["sub"]).__name__, d.subdirs["sub"].right_only)
    print(filecmp.DEFAULT_IGNORES, d.hide == [os.curdir, os.pardir], d.ignore is filecmp.DEFAULT_IGNORES)
    try:
        d.nope
    except AttributeError as e:
        print("AttributeError", e)
    for report in (d.report, d.report_partial_closure, d.report_full_closure):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            report()
        print(out.getvalue().replace(tmp, "TMP"))
    d = filecmp.dircmp(path("a"), path("b"), ignore=["left.txt"], hide=["sub"])
    print(d.left_list, d.right_list, d.same_files)
