# differential: sort lines
# basicConfig under the main guard reaches the workers of a Pool, an executor and a Process, as a fork's
import logging, multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
def worker(i):
    logging.info("worker %d", i)
    logging.getLogger("app").warning("app %d", i)
    return i
if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
    with mp.Pool(2) as p:
        print(sorted(p.map(worker, range(3))))
    with ProcessPoolExecutor(2) as ex:
        print(sorted(ex.map(worker, range(3))))
    pr = mp.Process(target=worker, args=(9,)); pr.start(); pr.join()
