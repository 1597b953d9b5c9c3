# sys.setprofile's c_call argument: a method called through its descriptor is reported bound to its object
import sys
seen = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        seen.append((event, type(arg).__name__, arg.__name__, type(getattr(arg, '__self__', None)).__name__ if arg.__name__ not in ('len', 'print', 'setprofile') else ''))
def run():
    lst = []
    lst.append(1)
    list.append(lst, 2)
    d = {}
    d.get('x')
    dict.fromkeys('ab')
    len(lst)
    try:
        list.append()
    except TypeError:
        pass
    try:
        list.append(5, 1)
    except TypeError as e:
        print(e)
sys.setprofile(prof)
run()
sys.setprofile(None)
for s in seen:
    print(s)
