# A result pickle cannot send back (a lambda, a lock) makes the pool's call raise MaybeEncodingError, made
# in the worker with the result's and the reason's reprs, and with no remote traceback; a get() that
# times out raises multiprocessing.TimeoutError, a class of multiprocessing.context
import multiprocessing as mp
import multiprocessing.pool
import pickle
import threading


def give_lambda(x):
    return lambda: x


def give_lock(x):
    return [x, threading.Lock()]


def wait_for(event):
    event.wait()


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for call in (lambda: pool.apply(give_lambda, (1,)), lambda: pool.map(give_lock, [1, 2], chunksize=2)):
            try:
                call()
            except mp.pool.MaybeEncodingError as e:
                print(type(e).__module__, e.__cause__, e.value.split(" at ")[0], e.exc)
                print(str(e).split(" at 0x")[0], str(e).split("Reason:")[1])
        errors = []
        pool.apply_async(give_lock, (3,), error_callback=errors.append).wait()
        print([type(e).__name__ for e in errors], isinstance(errors[0], Exception), len(errors[0].args))
        print(pool.map(abs, [-1, -2]))
        manager_event = mp.Manager().Event()
        result = pool.apply_async(wait_for, (manager_event,))
        try:
            result.get(timeout=0.05)
        except mp.TimeoutError as e:
            print(type(e).__module__, type(e).__qualname__, repr(e), issubclass(type(e), mp.ProcessError))
        manager_event.set()
        print(result.get())
    print(pickle.loads(pickle.dumps(mp.TimeoutError("t"))).args, mp.AuthenticationError.__module__,
          mp.BufferTooShort.__mro__[1].__name__)
    with mp.Pool(1) as pool:
        pool.apply(give_lambda, (5,))
