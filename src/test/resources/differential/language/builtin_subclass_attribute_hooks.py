# A class statement's subclass of a built-in type (tuple, list, str, bytes, dict, set, complex) gets
# its own __getattr__, __getattribute__, __setattr__ and __delattr__, as a subclass of object does
# (CPython's slot_tp_getattr_hook and slot_tp_setattro belong to every heap type).


def hooked(base):
    class Hooked(base):
        def __getattr__(self, name):
            if name.startswith('missing'):
                raise AttributeError(name)
            return 'getattr:' + name

        def __setattr__(self, name, value):
            print('  setattr', name, value)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            print('  delattr', name)
            object.__delattr__(self, name)

    Hooked.__name__ = base.__name__ + 'Hooked'
    return Hooked


for base, value in [(tuple, (1, 2)), (list, [1]), (str, 'ab'), (bytes, b'ab'), (dict, {'k': 1}),
                    (set, {1}), (complex, 1j)]:
    obj = hooked(base)(value)
    print(type(obj).__name__, obj)
    print('  found:', obj.anything)
    obj.size = 3
    print('  own attribute:', obj.size)
    del obj.size
    print('  after del:', obj.size)
    try:
        obj.missing_one
    except AttributeError as e:
        print('  AttributeError', e)


class Traced(tuple):
    def __getattribute__(self, name):
        print('  getattribute', name)
        return tuple.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback ' + name


t = Traced((3, 4))
print(t.count(3), t.nothing)


class Record(tuple):
    """A tuple that builds further records from attribute names, as unittest.mock's call does."""

    def __getattr__(self, name):
        return Record(self + (name,))


print(Record().a.b.c, len(Record().x.y))
