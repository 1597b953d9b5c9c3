# multiprocessing's own logger: log_to_stderr() and get_logger(), the "[LEVEL/processName]" lines of
# the parent and its children (which start with the parent's stderr handler and level, as spawned
# ones do), and the lines the package itself logs at INFO as a child starts and ends
import logging
import multiprocessing as mp
import sys


def work(x):
    mp.get_logger().info("working on %s", x)
    return x * 2


def fail():
    mp.get_logger().warning("about to fail")
    sys.exit(3)


if __name__ == "__main__":
    print(mp.get_logger() is logging.getLogger("multiprocessing"), mp.get_logger().handlers)
    logger = mp.log_to_stderr()
    print(logger.name, logger.level, logger.propagate, logger.handlers, logging.getLevelName(5),
          logging.getLevelName(25), mp.SUBDEBUG, mp.SUBWARNING)
    logger.info("not shown at WARNING")
    logger.setLevel(logging.INFO)
    child = mp.Process(target=work, args=(1,))
    child.start()
    child.join()
    child = mp.Process(target=fail, name="Failing")
    child.start()
    child.join()
    print(child.exitcode)
    logger.log(mp.SUBWARNING, "a sub-warning")
    logger.warning("parent %s done", mp.current_process().name)
