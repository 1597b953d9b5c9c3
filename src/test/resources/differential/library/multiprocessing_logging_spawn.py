# Under spawn a child starts with logging unconfigured, as CPython's
import logging, multiprocessing as mp
def work(i):
    logging.info("info %d", i)
    logging.warning("warning %d", i)
if __name__ == "__main__":
    mp.set_start_method("spawn")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    p = mp.Process(target=work, args=(1,))
    p.start(); p.join()
    print("exit", p.exitcode)
