# tracebacks' frames: tb_frame.f_globals, f_locals, f_code, f_lineno; inspect.currentframe; sys._getframe(n).f_locals
import inspect
import sys
import traceback

MARKER = 'module global'


def fail(depth):
    local_value = depth * 10
    raise ValueError('depth %d' % depth)


def handle():
    here = 'in handle'
    try:
        fail(3)
    except ValueError:
        tb = sys.exc_info()[2]
        frame = tb.tb_frame
        print(frame.f_code.co_name, frame.f_globals['MARKER'])
        print(sorted(k for k in frame.f_locals if k != 'tb'))
        for frame, lineno in traceback.walk_tb(tb):
            print(frame.f_code.co_name, lineno - frame.f_code.co_firstlineno, frame.f_globals is globals())


handle()

try:
    fail(1)
except ValueError as e:
    names = [f.f_code.co_name for f, _ in traceback.walk_tb(e.__traceback__)]
    print(names, e.__traceback__.tb_frame.f_locals is globals())


def current():
    value = 42
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_locals['value'], frame.f_back.f_code.co_name


def outer():
    mine = 'outer local'
    return current(), sys._getframe(0).f_locals['mine'], reader()


def reader():
    return sys._getframe(1).f_locals['mine']


print(outer())
