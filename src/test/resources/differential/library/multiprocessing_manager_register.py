# BaseManager.register of a user's class: four child processes increment one Counter through its
# proxy; the auto-generated proxy's type, repr and str; values come back as copies; the registry
# stays the subclass's own; a method not exposed is refused; a proxy fails once its manager is down.
from multiprocessing import Process
from multiprocessing.managers import BaseManager, BaseProxy, RemoteError


class Counter:
    def __init__(self, start=0):
        self.n = start
        self.history = []

    def inc(self, k=1):
        self.n += k
        return self.n

    def value(self):
        return self.n

    def remember(self, item):
        self.history.append(item)
        return self.history

    def _private(self):
        return "hidden"

    def __repr__(self):
        return "Counter(%d)" % self.n


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def work(c, k):
    for _ in range(k):
        c.inc()


if __name__ == '__main__':
    print(hasattr(BaseManager, 'Counter'), 'Counter' in BaseManager._registry, list(MyManager._registry))
    with MyManager() as m:
        c = m.Counter()
        ps = [Process(target=work, args=(c, 100)) for _ in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(c.value(), [p.exitcode for p in ps])

        print(type(c).__name__, isinstance(c, BaseProxy), type(c).__module__, c._exposed_)
        print(repr(c).split(' at ')[0], str(c), c._token.typeid, type(c._token.id).__name__)
        print(c.inc(5), c.inc(k=-5), m.Counter(10).value())

        # results are copies: changing one changes nothing in the server
        h = c.remember('a')
        h.append('local')
        print(h, c.remember('b'), c._getvalue().history, type(c._getvalue()).__name__)
        item = ['x']
        c.remember(item)
        item.append('changed here')
        print(c.remember(None))

        try:
            c._private()
        except AttributeError as e:
            print('AttributeError:', e)
        try:
            c._callmethod('_private')
        except RemoteError as e:
            text = str(e)
            print('RemoteError', text.startswith('\n' + '-' * 75 + '\nTraceback'), text.endswith('-' * 75),
                  "method '_private' of <class '__main__.Counter'> object is not in exposed=" in text,
                  "KeyError: '_private'" in text)
        print(c._callmethod('inc', (2,)), c._callmethod('value'), c._callmethod('__str__'))
    try:
        c.value()
    except BrokenPipeError as e:
        print('BrokenPipeError:', e)
