# Misuse whose traceback shows library frames: a Timer given an interval that is no number fails in its
# thread inside Timer.run's wait (the excepthook prints it), and setting the result of a future that is
# already done raises InvalidStateError from set_result/set_exception themselves
import threading
from concurrent.futures import Future, InvalidStateError

timer = threading.Timer("1", print, ("never",))
timer.start()
timer.join()
print("finished:", timer.finished.is_set())

done = Future()
done.set_result(1)
try:
    done.set_exception(ValueError("late"))
except InvalidStateError as e:
    print("InvalidStateError:", e)
done.set_result(2)
