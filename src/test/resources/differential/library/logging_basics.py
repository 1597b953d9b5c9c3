# logging: basicConfig, the level functions, loggers' hierarchy and propagation, handlers, filters
import logging
import sys

logging.debug('not shown: the root logger starts at WARNING')
logging.warning('a first warning configures the root logger')
print(logging.root.handlers, logging.getLogger() is logging.root, logging.root.level)
logging.basicConfig(level=logging.DEBUG, format='ignored: the root logger has a handler already')
logging.info('still at WARNING: basicConfig did nothing')
logging.basicConfig(level=logging.DEBUG, format='%(levelname)-8s|%(name)s|%(message)s', force=True)
logging.debug('now debug shows, %s', 'with arguments')
logging.info('info %d%%', 50)
logging.error('mapping: %(user)s logged in from %(host)s', {'user': 'ann', 'host': 'example.org'})
logging.critical('critical')
logging.log(25, 'a level without a name')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'a level with a name')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(42), logging.getLevelName('INFO'))

db = logging.getLogger('app.db')
app = logging.getLogger('app')
print(db.parent is app, app.parent is logging.root, db.name, db.getEffectiveLevel(), logging.getLogger('app.db') is db)
print(repr(db), repr(logging.root), db.getChild('pool').name, app.isEnabledFor(logging.DEBUG))
app.setLevel(logging.INFO)
db.debug('filtered by app.db inheriting INFO from app')
db.info('app.db info propagates to the root handler')
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('stdout> %(name)s %(levelname)s %(message)s'))
app.addHandler(out)
db.warning('goes to stdout and to stderr')
app.propagate = False
db.warning('goes to stdout only')
app.removeHandler(out)
db.error('no handler left: lastResort prints the bare message')
app.propagate = True
print(app.hasHandlers(), db.hasHandlers(), logging.getLogger('solo').hasHandlers())

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
counter = logging.getLogger('counter')
counter.addFilter(OnlyOdd())
for i in range(4):
    counter.info('count %d', i)
counter.filters.clear()
counter.addFilter(lambda record: 'secret' not in record.getMessage())
counter.info('public')
counter.info('secret')
named = logging.Filter('app')
print(named.filter(logging.makeLogRecord({'name': 'app.db'})), named.filter(logging.makeLogRecord({'name': 'apple'})),
      named.filter(logging.makeLogRecord({'name': 'app'})), logging.Filter().filter(logging.makeLogRecord({'name': 'x'})))

quiet = logging.getLogger('quiet')
quiet.addHandler(logging.NullHandler())
quiet.propagate = False
quiet.error('dropped by NullHandler')
adapter = logging.LoggerAdapter(logging.getLogger('adapted'), {'request': 7})
adapter.info('with extra %s', 'context')
print(repr(adapter), adapter.isEnabledFor(logging.INFO))
logging.getLogger('extra').warning('extra fields', extra={'user': 'bob'})
try:
    logging.getLogger('extra').warning('bad extra', extra={'message': 'x'})
except KeyError as e:
    print('KeyError:', e)
logging.disable(logging.ERROR)
logging.error('disabled')
logging.critical('critical still shows')
logging.disable(logging.NOTSET)
for bad in [lambda: logging.getLogger().setLevel('LOUD'), lambda: logging.getLogger().setLevel(2.5),
            lambda: logging.log('INFO', 'x'), lambda: logging.getLogger(5), lambda: logging.basicConfig(bogus=1, force=True)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(logging.root.handlers[0], type(logging.root.handlers[0]).__name__)
logging.basicConfig(stream=sys.stdout, format='to stdout: %(message)s', force=True)
logging.warning('basicConfig(stream=sys.stdout)')
custom = logging.StreamHandler(sys.stdout)
custom.setFormatter(logging.Formatter('custom: %(message)s'))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[custom, plain], format='%(levelname)s via handlers: %(message)s', force=True)
logging.warning('basicConfig(handlers=...)')
for kwargs in [{'stream': sys.stdout, 'filename': 'x.log'}, {'handlers': [plain], 'stream': sys.stdout},
               {'style': '#'}]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
