# sys.audit and sys.addaudithook (PEP 578): hooks see every event raised after they were added, in order;
# a hook's exception reaches the code that raised the event; an Exception a hook raises for "sys.addaudithook"
# keeps the new hook out silently, a BaseException reaches addaudithook's caller
import os
import sys

seen = []


def recorder(event, args):
    # only the events this program raises, and those of sys the model raises too
    if event.startswith(('program.', 'sys.', 'builtins.')) and event != 'sys._getframe':
        seen.append((event, args))


sys.addaudithook(recorder)
sys.audit('program.start')
sys.audit('program.values', 1, 'two', [3])
print(seen)
seen.clear()


def second(event, args):
    if event == 'program.second':
        print('second hook sees', args)


print(sys.addaudithook(second), seen)
sys.audit('program.second', 'x')
seen.clear()


class Refused(BaseException):
    pass


blocking = False


def strict(event, args):
    if event == 'program.forbidden' or (blocking and event == 'sys.addaudithook'):
        raise Refused(f'{event} with {args}')


sys.addaudithook(strict)
try:
    sys.audit('program.forbidden', 42)
except Refused as e:
    print('Refused:', e)
# a BaseException reaches addaudithook's caller, and the hook is not added
blocking = True
try:
    sys.addaudithook(lambda event, args: print('never added either', event))
except Refused as e:
    print('Refused:', e)
blocking = False
sys.audit('program.after')


def refuse(event, args):
    if event == 'sys.addaudithook':
        raise ValueError('no more hooks')


sys.addaudithook(refuse)
print(sys.addaudithook(lambda event, args: print('never added', event)))
seen.clear()

# the events of sys and builtins the model raises
sys._current_frames()
sys._current_exceptions()
sys.settrace(None)
sys.setprofile(None)
os.environ['PYTHONBREAKPOINT'] = '0'
breakpoint()
print([event for event, args in seen], seen[-1][1][0] is sys.breakpointhook)
seen.clear()

for args, kwargs in [((), {}), ((5,), {}), (('x',), {'key': 1})]:
    try:
        sys.audit(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    sys.addaudithook()
except TypeError as e:
    print('TypeError:', e)
