# differential: sort lines
# The root logger's level and handlers as the parent's at start(), in place of the child's own run of
# basicConfig; other loggers' levels; a file handler the parent opened.
import logging, multiprocessing as mp, os, sys, tempfile

logging.basicConfig(level=logging.DEBUG, format="{levelname}|{name}|{message}", style="{")  # outside the guard


def work(i):
    logging.debug("debug %d", i)
    logging.getLogger("quiet").info("quiet info %d", i)
    logging.getLogger("quiet").error("quiet error %d", i)
    return i


def to_file(path):
    logging.getLogger("file").warning("to the file")


if __name__ == "__main__":
    logging.getLogger("quiet").setLevel(logging.ERROR)
    with mp.Pool(2) as pool:
        pool.map(work, range(2))
    p = mp.Process(target=work, args=(7,))
    p.start()
    p.join()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "log.txt")
        root = logging.getLogger()
        for h in root.handlers[:]:
            root.removeHandler(h)
        file_handler = logging.FileHandler(path, "w")
        file_handler.setFormatter(logging.Formatter("%(name)s says %(message)s"))
        root.addHandler(file_handler)
        p = mp.Process(target=to_file, args=(path,))
        p.start()
        p.join()
        file_handler.close()
        with open(path) as f:
            print("file:", f.read().splitlines())
