# register()'s options: exposed= limits what the proxy offers, method_to_typeid= has a method return a
# proxy of the referent it returns (a type registered without callable or create_method), a
# proxytype of one's own with _exposed_ and _method_to_typeid_ (or a NamespaceProxy's, for the referent's
# attributes), and a callable that is any function.
from multiprocessing import Process
from multiprocessing.managers import BaseManager, BaseProxy, NamespaceProxy, SyncManager


class Store:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def get(self, key):
        return self.items[key]

    def keys(self):
        return sorted(self.items)

    def cursor(self):
        return iter(sorted(self.items.items()))

    def sub(self, key):
        return self.items.setdefault(key, Store())

    def size(self):
        return len(self.items)


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__',)

    def __iter__(self):
        return self

    def __next__(self):
        return self._callmethod('__next__')


class StoreProxy(BaseProxy):
    _exposed_ = ('put', 'get', 'keys', 'cursor')
    _method_to_typeid_ = {'cursor': 'Iterator'}

    def put(self, key, value):
        return self._callmethod('put', (key, value))

    def get(self, key):
        return self._callmethod('get', (key,))

    def keys(self):
        return self._callmethod('keys')

    def cursor(self):
        return self._callmethod('cursor')

    def __len__(self):
        return len(self.keys())


def make_store(*pairs, **named):
    store = Store()
    for key, value in pairs + tuple(named.items()):
        store.put(key, value)
    return store


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class PointProxy(NamespaceProxy):
    _exposed_ = NamespaceProxy._exposed_ + ('norm1',)

    def norm1(self):
        return self._callmethod('norm1')


class StoreManager(BaseManager):
    pass


StoreManager.register('Store', Store, exposed=('put', 'keys', 'sub', 'size'), method_to_typeid={'sub': 'Node'})
StoreManager.register('Node', exposed=('put', 'keys'), create_method=False)
StoreManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
StoreManager.register('ProxiedStore', make_store, proxytype=StoreProxy)
StoreManager.register('Point', Point, PointProxy)


class MySync(SyncManager):
    pass


MySync.register('Store', Store)


def fill(store, proxied, prefix, point):
    point.x += 10
    store.put(prefix + '1', 1)
    proxied.put(prefix, len(proxied))
    try:
        store.sub('child')
    except AttributeError as e:  # CPython's child has no manager to find the Node's proxy type in
        print('in the child:', e)


if __name__ == '__main__':
    print(sorted(StoreManager._registry), hasattr(StoreManager, 'Iterator'), 'Store' in MySync._registry)
    print('Store' in SyncManager._registry, hasattr(SyncManager, 'Store'))
    with StoreManager() as m:
        s = m.Store()
        print(type(s).__name__, s._exposed_)
        s.put('a', 1)
        try:
            s.get('a')
        except AttributeError as e:
            print('AttributeError:', e)
        child = s.sub('child')
        print(type(child).__name__, child._token.typeid, child.keys(), s.size())
        child.put('deep', 2)
        print(s.sub('child').keys(), s._getvalue().items['child'].items)

        ps = m.ProxiedStore(('x', 10), y=20)
        print(type(ps).__name__, len(ps), ps.keys(), ps.get('x'))
        cur = ps.cursor()
        print(type(cur).__name__, repr(cur).split(' at ')[0], list(cur))

        pt = m.Point(3, -4)
        pt.y -= 1
        print(type(pt).__name__, pt.x, pt.y, pt.norm1(), str(pt).split(' at ')[0], pt._exposed_)
        for bad in (lambda: pt.z, lambda: delattr(pt, 'z'), lambda: pt._hidden):
            try:
                bad()
            except AttributeError as e:
                print('AttributeError:', e)
        pt.z = 0
        del pt.z

        p = Process(target=fill, args=(s, ps, 'p', pt))
        p.start()
        p.join()
        print(p.exitcode, s.keys(), s.sub('child').keys(), ps.keys(), ps.get('p'), pt.x, pt.norm1())

    with MySync() as m:
        store, d = m.Store(), m.dict()
        store.put('k', 'v')
        d['store keys'] = store.keys()
        print(type(store).__name__, d.copy(), store.cursor.__name__, store.size())
