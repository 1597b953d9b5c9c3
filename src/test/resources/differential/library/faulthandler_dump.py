# faulthandler: dump_traceback of all threads or the current one in CPython's format, sys._current_frames,
# dump_traceback_later firing and cancelled, enable/disable/is_enabled, the refusals. Thread ids print
# as the names of their threads, and only this program's own frames are kept (threading's differ).
import faulthandler
import re
import sys
import tempfile
import threading
import time

released = threading.Event()


def worker():
    released.wait()


def names():
    return {'0x%016x' % thread.ident: thread.name for thread in threading.enumerate()}


def show_dump(write):
    with tempfile.TemporaryFile('w+') as file:
        write(file)
        file.seek(0)
        text = file.read()
    known = names()
    for line in text.splitlines():
        if line.startswith('  File') and __file__ not in line:
            continue
        line = re.sub(r'0x[0-9a-f]{16}', lambda m: known.get(m.group(), 'UNKNOWN'), line)
        print(line.replace(__file__, 'PROGRAM'))


def nested(all_threads):
    show_dump(lambda file: faulthandler.dump_traceback(file, all_threads))


def show(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


thread = threading.Thread(target=worker, name='worker')
thread.start()
time.sleep(0.1)
nested(True)
nested(False)
frames = sys._current_frames()
print(sorted(frames) == sorted([threading.get_ident(), thread.ident]))
print(frames[thread.ident].f_code.co_name, frames[threading.get_ident()].f_code.co_name)
released.set()
thread.join()

print(faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
show('enable float', lambda: faulthandler.enable(1.5))
show('later zero', lambda: faulthandler.dump_traceback_later(0))
show('unregister', lambda: faulthandler.unregister(10))


def wait_for_timeout():
    show_dump(lambda file: (faulthandler.dump_traceback_later(0.25, file=file), time.sleep(0.6)))


wait_for_timeout()
show_dump(lambda file: (faulthandler.dump_traceback_later(0.5, file=file), faulthandler.cancel_dump_traceback_later(),
                        time.sleep(0.7)))
print('cancelled')
