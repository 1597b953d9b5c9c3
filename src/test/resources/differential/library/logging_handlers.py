# logging: FileHandler, the hierarchy's placeholders, adapters, lastResort, captureWarnings,
# handler errors, BufferingFormatter, record switches, and shutdown() closing handlers at exit
import logging
import os
import sys
import time
import warnings

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))

# FileHandler: append by default, delay opens at the first record, 'w' truncates, close/reopen
folder = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'gil-lab-logging-%d' % os.getpid())
os.mkdir(folder)
path = os.path.join(folder, 'app.log')
fh = logging.FileHandler(path, delay=True)
print(fh.stream, repr(fh) == '<FileHandler %s (NOTSET)>' % path, fh.mode, fh.baseFilename == path)
files = logging.getLogger('files')
files.propagate = False
files.addHandler(fh)
files.warning('first %s', 'line')
fh.close()
print(fh.stream)
files.warning('reopened after close')
fh.close()
again = logging.FileHandler(path)
files.removeHandler(fh)
files.addHandler(again)
files.error('appended')
again.close()
with open(path) as f:
    print(f.read().splitlines())
trunc = logging.FileHandler(path, mode='w')
trunc.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
trunc.emit(logging.makeLogRecord({'msg': 'only line', 'levelname': 'INFO'}))
trunc.close()
trunc.emit(logging.makeLogRecord({'msg': 'dropped: closed mode w'}))
with open(path) as f:
    print(f.read().splitlines())
try:
    logging.FileHandler(os.path.join(folder, 'missing', 'x.log'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
os.remove(path)
os.rmdir(folder)

# Placeholders: a child made first is re-parented when its ancestor appears
leaf = logging.getLogger('a.b.c')
print(leaf.parent is logging.root, type(logging.Logger.manager.loggerDict['a.b']).__name__)
middle = logging.getLogger('a.b')
top = logging.getLogger('a')
print(leaf.parent is middle, middle.parent is top, top.parent is logging.root)
print(top.getChild('b') is middle, logging.root.getChild('a') is top, repr(leaf))
top.setLevel('ERROR')
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.WARNING), leaf.isEnabledFor(logging.ERROR))
top.setLevel(logging.NOTSET)
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.WARNING))

# Level names
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'), logging.getLevelNamesMapping()['VERBOSE'])
print(logging.getLevelName(logging.WARN), logging.getLevelName('WARN'), logging.getLevelName('FATAL'), logging.getLevelName(99))
shown = logging.getLogger('shown')
shown.addHandler(out)
shown.propagate = False
shown.setLevel('VERBOSE')
shown.log(15, 'a custom level')
shown.debug('below VERBOSE')

# Adapters
class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['tag'], msg), kwargs
adapter = Tagged(shown, {'tag': 'req-1'})
adapter.debug('hidden')
adapter.info('info')
adapter.warning('warning %d', 2)
adapter.error('error')
adapter.critical('critical')
try:
    raise RuntimeError('adapter failure')
except RuntimeError:
    adapter.exception('exception')
adapter.log(logging.WARNING, 'log')
print(adapter.name, adapter.manager is logging.Logger.manager, adapter.getEffectiveLevel(), adapter.hasHandlers())
print(logging.LoggerAdapter.info.__name__, logging.LoggerAdapter[int])

# lastResort: WARNING and above go to stderr when no handler is found
lonely = logging.getLogger('lonely')
lonely.propagate = False
lonely.info('dropped: below lastResort')
lonely.warning('lastResort shows this')
saved = logging.lastResort
logging.lastResort = None
lonely.warning('no handler, no lastResort: one notice')
lonely.warning('and only one')
logging.lastResort = saved

# Errors while emitting go to handleError; raiseExceptions = False silences them
shown.info('%d apples', 'three')
logging.raiseExceptions = False
shown.info('%d pears', 'four')
logging.raiseExceptions = True

# captureWarnings routes warnings.showwarning to the 'py.warnings' logger
pyw = logging.getLogger('py.warnings')
pyw.addHandler(out)
pyw.propagate = False
logging.captureWarnings(True)
warnings.warn('captured', UserWarning)
logging.captureWarnings(False)
warnings.warn('not captured', UserWarning)

# BufferingFormatter and the record switches
records = [logging.makeLogRecord({'msg': 'r%d' % i}) for i in range(3)]
class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)
    def formatFooter(self, records):
        return '</>'
print(Framed(logging.Formatter('%(message)s;')).format(records), repr(logging.BufferingFormatter().format([])))
logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
bare = logging.LogRecord('n', logging.INFO, __file__, 1, 'm', None, None)
print(bare.thread, bare.threadName, bare.process, bare.processName, bare.module, bare.levelname)
logging.logThreads = logging.logProcesses = logging.logMultiprocessing = True

# Default asctime: local time with milliseconds; datefmt replaces the whole stamp
record = logging.makeLogRecord({'msg': 'stamped', 'created': 86400 * 365.25 * 30 + 0.007, 'msecs': 7.0})
gm = logging.Formatter('%(asctime)s|%(message)s')
gm.converter = time.gmtime
print(gm.format(record), gm.formatTime(record, '%H:%M'), gm.usesTime())
gm.default_msec_format = None
print(gm.formatTime(record))

# Library code logs through lastResort too: a failing future callback is reported with its traceback
from concurrent.futures import ThreadPoolExecutor
def failing_callback(future):
    raise ValueError('callback failed')
with ThreadPoolExecutor(1) as pool:
    done = pool.submit(pow, 2, 5)
    done.result()
    done.add_done_callback(failing_callback)

# Handlers by name; shutdown() at exit flushes and closes every live handler, newest first
class Noisy(logging.Handler):
    def emit(self, record):
        print('emit', self.name, record.getMessage())
    def flush(self):
        print('flush', self.name)
    def close(self):
        print('close', self.name)
        super().close()
first, second = Noisy(), Noisy()
first.set_name('first')
second.name = 'second'
print(logging._handlers['first'] is first, first.get_name())
shown.addHandler(first)
shown.addHandler(second)
shown.warning('last words')
