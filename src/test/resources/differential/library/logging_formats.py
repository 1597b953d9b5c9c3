# Formatter: the record's fields, the three styles, times, exceptions and stack information
import logging
import os
import sys
import threading
import time

fixed = 1700000000.25
base_factory = logging.getLogRecordFactory()
def fixed_time_record(*args, **kwargs):
    record = base_factory(*args, **kwargs)
    record.created = fixed
    record.msecs = 250.0
    return record
logging.setLogRecordFactory(fixed_time_record)

handler = logging.StreamHandler(sys.stdout)
log = logging.getLogger('fmt')
log.addHandler(handler)
log.propagate = False
log.setLevel(logging.DEBUG)

def show(formatter, message='hello %s', *args):
    handler.setFormatter(formatter)
    log.info(message, *(args or ('world',)))

utc = logging.Formatter('%(asctime)s %(levelname)s %(message)s')
utc.converter = time.gmtime
show(utc)
dated = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%d/%m/%Y %H:%M')
dated.converter = time.gmtime
show(dated)
show(logging.Formatter('%(name)s:%(levelno)d:%(funcName)s:%(lineno)d:%(filename)s:%(module)s:%(msecs)d'))
show(logging.Formatter('%(threadName)s %(processName)s %(levelname)-7s| %(message)s'))
def in_function():
    log.info('called from %s', 'a function')
in_function()
show(logging.Formatter('{levelname}/{name}: {message!r} {lineno:>4}', style='{'))
show(logging.Formatter('$levelname/${name}: $message $$5', style='$'))
show(logging.Formatter('%(greeting)s, %(message)s', defaults={'greeting': 'hi'}))

handler.setFormatter(logging.Formatter('%(message)s (the thread, process and timing fields are checked below)'))
class Checks(logging.Handler):
    def emit(self, record):
        print(record.thread == threading.get_ident(), record.process == os.getpid(), record.relativeCreated >= 0,
              record.pathname.endswith('logging_formats.py'), record.levelname, record.args, record.exc_info)
checker = Checks()
log.addHandler(checker)
log.warning('record %s %s', 1, 2)
log.removeHandler(checker)

handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
def failing():
    return {}['missing']
try:
    failing()
except KeyError:
    log.exception('lookup failed')
    log.error('with exc_info', exc_info=True)
log.error('an exception object', exc_info=ValueError('no traceback'))
log.info('with stack', stack_info=True)
def helper():
    log.info('reported at the caller', stacklevel=2)
helper()

for fmt, style in [('%(message)', '%'), ('no fields', '%'), ('{message!x}', '{'), ('no fields', '{'),
                   ('$', '$'), ('plain', '$'), ('%(message)s', '?')]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError:', e)
print(logging.Formatter('%(message)s', validate=False)._fmt, logging.Formatter()._fmt, logging.Formatter(style='{')._fmt)
record = logging.makeLogRecord({'msg': 'made %s', 'args': ('by hand',), 'levelname': 'INFO'})
print(record.getMessage(), repr(logging.LogRecord('n', 20, '/p/m.py', 3, 'msg %s', ('a',), None)))
handler.setFormatter(logging.Formatter('%(missing)s'))
log.info('a missing field goes to handleError')
