# Bound methods cross to another process as pickle sends them: the object, then the method's name.
import multiprocessing as mp


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return f"{self.greeting}, {name}"


if __name__ == "__main__":
    queue = mp.Queue()
    child = mp.Process(target=queue.put, args=("a queue's put as the target",))
    child.start()
    print(queue.get())
    child.join()
    print("exit code", child.exitcode)

    with mp.Pool(2) as pool:
        print(pool.map(Greeter("hello").greet, ["model", "CPython"]))
        print(pool.apply(Greeter("bye").greet, ("GIL",)))
        try:
            pool.apply(len, ([].append,))
        except TypeError as e:
            print("TypeError:", e)
