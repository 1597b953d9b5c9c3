# multiprocessing.shared_memory.ShareableList: its layout (format, size), items of every type, setting
# within the room each item has, count and index, the errors, attaching by name from a child process.
import multiprocessing as mp
import re
from multiprocessing import shared_memory


def show(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, error)


def plain(text):
    return re.sub(r'psm_[0-9a-f]{8}', 'psm_NAME', text)


def child(name):
    items = shared_memory.ShareableList(name=name)
    print('child sees', list(items))
    items[0] = 'child'
    items[6] = items[6] * 2
    items.shm.close()


if __name__ == '__main__':
    items = shared_memory.ShareableList([1, 2.5, True, 'h\u00e9llo', b'by', None, -7])
    print(items.format, items.shm.size, len(items), items[3], items[-1], list(items))
    print(plain(repr(items)))
    show('get', lambda: items[7])
    show('set', lambda: items.__setitem__(9, 1))
    items[3] = 'x' * 8
    print(items[3], items.format)
    show('too long', lambda: items.__setitem__(3, 'x' * 9))
    items[0] = 'str'
    items[1] = None
    items[2] = 3.5
    print(items.format, list(items))
    items[4] = b'\x00a'
    print(items[4], items.count(None), items.count(3.5), items.index(-7))
    show('index', lambda: items.index(99))
    show('list item', lambda: shared_memory.ShareableList([[1]]))
    show('ten million', lambda: shared_memory.ShareableList(['a' * 10_000_000]))

    p = mp.Process(target=child, args=(items.shm.name,))
    p.start()
    p.join()
    print('parent sees', list(items))

    again = shared_memory.ShareableList(name=items.shm.name)
    print(list(again), again.format == items.format)
    again.shm.close()

    empty = shared_memory.ShareableList()
    print(plain(repr(empty)), len(empty), repr(empty.format), empty.shm.size)
    empty.shm.close()
    empty.shm.unlink()
    items.shm.close()
    items.shm.unlink()
    print(shared_memory.ShareableList[int])
