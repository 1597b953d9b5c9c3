"""A Richards-style operating-system simulation: task objects, packets and a scheduler (class-heavy, method calls)."""
import sys
import time

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskState):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__()
        self.scheduler = scheduler
        self.link = scheduler.tasks
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        scheduler.tasks = self
        scheduler.table[ident] = self

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            message = None
        return self.fn(message)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.table[ident]
        task.task_holding = False
        if task.priority > self.priority:
            return task
        return self

    def qpkt(self, packet):
        task = self.scheduler.table[packet.ident]
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.control = 1
        self.count = 10000

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = self.control // 2 ^ 0xD008
        return self.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.wait_task()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.qpkt(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFFER_SIZE:
                if self.device_in is not None:
                    device = self.device_in
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.qpkt(device)
            else:
                self.work_in = work.link
                return self.qpkt(work)
        return self.wait_task()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue, state):
        super().__init__(scheduler, ident, priority, queue, state)
        self.pending = None

    def fn(self, packet):
        if packet is None:
            if self.pending is None:
                return self.wait_task()
            packet, self.pending = self.pending, None
            return self.qpkt(packet)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.hold_count = 0
        self.queue_count = 0

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.is_held_or_waiting():
                task = task.link
            else:
                task = task.run_task()


def richards():
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, TaskState().running())
    queue = Packet(None, 0, KIND_WORK)
    queue = Packet(queue, 0, KIND_WORK)
    WorkTask(s, WORKER, 1000, queue, TaskState().waiting_with_packet())
    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue, TaskState().waiting_with_packet())
    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue, TaskState().waiting_with_packet())
    DeviceTask(s, DEVICE_A, 4000, None, TaskState().waiting())
    DeviceTask(s, DEVICE_B, 5000, None, TaskState().waiting())
    s.schedule()
    return s.queue_count, s.hold_count


if __name__ == "__main__":
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(iterations):
            result = richards()
        print(f"ROUND {time.perf_counter() - start:.4f} {time.process_time() - cpu:.4f}")
    print(result)
