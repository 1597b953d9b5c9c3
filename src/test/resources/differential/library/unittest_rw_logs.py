# assertLogs and assertNoLogs beyond the basics: a Logger object, numeric levels, the logger's
# handlers, level and propagate flag put back, exceptions passing through, bad levels.
import logging
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()
log = logging.getLogger('svc')
kept = logging.StreamHandler()
log.addHandler(kept)
log.setLevel(logging.ERROR)
log.propagate = True


def state():
    return log.handlers == [kept], log.level, log.propagate


with t.assertLogs(log, logging.DEBUG) as cm:
    print('inside:', [type(h).__name__ for h in log.handlers], log.level, log.propagate)
    log.debug('d %s', 1)
    logging.getLogger('svc.child').info('from a child')
print(type(cm).__name__, cm.output, [r.levelname for r in cm.records], cm.records[0].args)
print('restored:', state())

with t.assertLogs('svc', 'ERROR') as cm:
    log.critical('bad')
    log.warning('below ERROR')
print(cm.output)

with t.assertLogs() as cm:
    logging.info('root info')
    logging.debug('root debug')
print(cm.output)

try:
    with t.assertLogs(log, level=logging.CRITICAL):
        log.error('not enough')
except AssertionError as e:
    print('AssertionError:', e)
print('restored after a failure:', state())

try:
    with t.assertLogs(log):
        log.error('logged before')
        raise KeyError('boom')
except KeyError as e:
    print('exception goes on:', repr(e), state())

with t.assertNoLogs(log, 'WARNING') as none:
    log.info('info is below WARNING')
print('assertNoLogs gives', none, state())

try:
    with t.assertNoLogs():
        logging.warning('one')
        logging.error('two')
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertLogs(log, 'NOPE'):
        pass
except ValueError as e:
    print('ValueError:', e)
print('state after a bad level:', state())

t.longMessage = False
try:
    with t.assertLogs('quiet.one'):
        pass
except AssertionError as e:
    print('without longMessage:', e)

with t.assertLogs('outer') as outer:
    with t.assertLogs('outer.inner') as inner:
        logging.getLogger('outer.inner').warning('caught by the inner one')
    logging.getLogger('outer.inner').warning('now the outer one')
print(outer.output, inner.output)
