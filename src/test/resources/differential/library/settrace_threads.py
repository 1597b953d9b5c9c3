# differential: sort lines
# threading.settrace / setprofile: every thread started afterwards traces its own frames
import sys
import threading

lock = threading.Lock()


def tracer(frame, event, arg):
    if event in ('call', 'return') and frame.f_code.co_filename == __file__:  # threading's own frames differ
        with lock:
            print(threading.current_thread().name, event, frame.f_code.co_name,
                  frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


threading.settrace(tracer)
print('gettrace', threading.gettrace() is tracer, sys.gettrace())
threads = [threading.Thread(target=work, args=(k,), name='t%d' % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.settrace(None)

calls = []


def profiler(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'work':
        with lock:
            calls.append(threading.current_thread().name)


threading.setprofile(profiler)
print('getprofile', threading.getprofile() is profiler)
threads = [threading.Thread(target=work, args=(2,), name='p%d' % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threading.setprofile(None)
print(sorted(calls))
