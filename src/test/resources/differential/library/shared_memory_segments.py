# multiprocessing.shared_memory.SharedMemory: making, attaching by name, buf writing through, close and
# unlink, the errors; a child process attaching by name sees the parent's writes and the parent its.
import multiprocessing as mp
import re
from multiprocessing import shared_memory


def show(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__, re.sub(r'psm_[0-9a-f]{8}', 'psm_NAME', str(error)))


def child(name):
    shm = shared_memory.SharedMemory(name)
    print('child sees', bytes(shm.buf[:5]), shm.size >= 16)
    shm.buf[5:10] = b'world'
    shm.close()


if __name__ == '__main__':
    shm = shared_memory.SharedMemory(create=True, size=16)
    print(re.fullmatch(r'psm_[0-9a-f]{8}', shm.name) is not None, shm.size, len(shm.buf), shm.buf.format, shm.buf.readonly)
    print(re.sub(r'psm_[0-9a-f]{8}', 'psm_NAME', repr(shm)))
    shm.buf[:5] = b'hello'
    shm.buf[15] = 255
    view = shm.buf[1:4]
    print(bytes(view), view.tolist(), shm.buf[15])
    view.release()

    other = shared_memory.SharedMemory(shm.name)
    print('attached', bytes(other.buf[:5]), other.size, other.buf[15])
    other.buf[0] = ord('H')
    print('written through', bytes(shm.buf[:5]))
    other.close()
    other.close()
    print(other.buf)

    show('exists', lambda: shared_memory.SharedMemory(shm.name, create=True, size=4))
    show('missing', lambda: shared_memory.SharedMemory('gil_lab_no_such_segment'))
    show('no name', lambda: shared_memory.SharedMemory())
    show('no size', lambda: shared_memory.SharedMemory(create=True))
    show('negative', lambda: shared_memory.SharedMemory(create=True, size=-1))

    p = mp.Process(target=child, args=(shm.name,))
    p.start()
    p.join()
    print('parent sees', bytes(shm.buf[:10]), p.exitcode)

    busy = shared_memory.SharedMemory(create=True, size=3)
    held = busy.buf[1:2]
    show('close while viewed', busy.close)
    print(busy.buf)
    held.release()
    busy.close()
    busy.unlink()

    named = shared_memory.SharedMemory('gil_lab_shm_test', create=True, size=8)
    print(named.name, repr(named))
    named.unlink()
    show('unlink twice', named.unlink)
    named.close()

    shm.close()
    shm.unlink()
    show('after unlink', lambda: shared_memory.SharedMemory(shm.name))
    print(shared_memory.__all__)
