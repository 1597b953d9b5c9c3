# concurrent.futures.ThreadPoolExecutor.map keeps the input order.
import concurrent.futures
import time


def slow_square(x):
    time.sleep(0.01 * (5 - x % 5))
    return x * x


with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    print(list(executor.map(slow_square, range(10))))
    print(list(executor.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(executor.map(str.upper, ["a", "b"], timeout=5)))
print("after the with block the executor is shut down")
try:
    executor.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
