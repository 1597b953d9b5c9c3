# After os.chdir, imports through '' and relative sys.path entries, linecache and tracebacks of
# relative file names all look in the new working directory
import linecache, os, shutil, sys, tempfile, traceback

start = os.getcwd()
top = os.path.realpath(tempfile.mkdtemp())


def show(value):
    return str(value).replace(top, "<tmp>")


os.chdir(top)
saved_path = list(sys.path)
try:
    os.mkdir("lib")
    with open("lib/chdir_helper_a.py", "w") as f:
        f.write("WHERE = 'lib'\n\ndef fail():\n    raise ValueError('from the helper')\n")
    os.mkdir("pkg_chdir_b")
    with open("pkg_chdir_b/__init__.py", "w") as f:
        f.write("from . import inner\n")
    with open("pkg_chdir_b/inner.py", "w") as f:
        f.write("WHERE = 'package'\n")
    with open("chdir_helper_c.py", "w") as f:
        f.write("WHERE = 'cwd'\n")

    try:
        import chdir_helper_c
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e)
    sys.path.insert(0, "")
    import chdir_helper_c
    print(chdir_helper_c.WHERE, show(chdir_helper_c.__file__))
    import pkg_chdir_b
    print(pkg_chdir_b.inner.WHERE, show(pkg_chdir_b.__file__), show(pkg_chdir_b.__path__))
    sys.path.insert(0, "lib")
    import chdir_helper_a
    print(chdir_helper_a.WHERE, show(chdir_helper_a.__file__))
    try:
        chdir_helper_a.fail()
    except ValueError:
        print(show(traceback.format_exc()))

    # a relative file name: linecache and tracebacks read it from the working directory
    with open("relative_source.py", "w") as f:
        f.write("def boom():\n    return 1 / 0\n")
    print(repr(linecache.getline("relative_source.py", 2)))
    namespace = {}
    exec(compile(open("relative_source.py").read(), "relative_source.py", "exec"), namespace)
    try:
        namespace["boom"]()
    except ZeroDivisionError:
        print(traceback.format_exc())
    try:
        compile("x = 1\nreturn x\n", "relative_source.py", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, repr(e.text))
finally:
    sys.path[:] = saved_path
    for name in ("chdir_helper_a", "pkg_chdir_b", "pkg_chdir_b.inner", "chdir_helper_c"):
        sys.modules.pop(name, None)
    os.chdir(start)
    shutil.rmtree(top)
print(os.getcwd() == start, os.path.exists(top))
