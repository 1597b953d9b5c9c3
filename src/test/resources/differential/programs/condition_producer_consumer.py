# Producer/consumer with a Condition variable over a bounded list.
import threading

buffer = []
CAPACITY = 3
cond = threading.Condition()
consumed = []


def producer(items):
    for item in items:
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(item)
            cond.notify_all()
    with cond:
        while len(buffer) >= CAPACITY:
            cond.wait()
        buffer.append(None)
        cond.notify_all()


def consumer():
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is None:
            break
        consumed.append(item * 2)


p = threading.Thread(target=producer, args=(range(20),))
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print(consumed)
print("in order:", consumed == sorted(consumed), "left:", buffer)
with cond:
    print("wait_for true at once:", cond.wait_for(lambda: True, timeout=0.01))
    print("wait_for times out:", cond.wait_for(lambda: False, timeout=0.01))
