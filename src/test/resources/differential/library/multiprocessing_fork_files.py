# A file the parent opened for writing is shared with its forked children: the child never re-runs the
# open(..., "w") that would truncate it, and parent and children write at one offset, so a log they all
# write keeps every line (logging.basicConfig(filename=..., filemode="w") is the common case).
import logging
import multiprocessing as mp
import os
import tempfile

directory = tempfile.mkdtemp()
log_path = os.path.join(directory, "run.log")
out_path = os.path.join(directory, "out.txt")
logging.basicConfig(filename=log_path, filemode="w", level=logging.INFO, format="%(processName)s %(message)s")
logging.info("parent starts")
out = open(out_path, "w")
out.write("header\n")
out.flush()


def work(i):
    logging.info("child %d", i)
    out.write(f"child {i}\n")
    out.flush()


def write_to(f, text):
    f.write(text)
    f.flush()


def square(x):
    logging.info("pool squares %d", x)
    return x * x


if __name__ == "__main__":
    logging.info("main block")
    ps = [mp.Process(target=work, args=(i,), name=f"Child-{i}") for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    p = mp.Process(target=write_to, args=(out, "from an argument\n"))
    p.start()
    p.join()
    with mp.Pool(2) as pool:
        print(pool.map(square, range(4)))
    logging.info("done")
    out.write("footer\n")
    out.close()
    logging.shutdown()
    with open(log_path) as f:
        lines = f.read().splitlines()
    print(lines[:2], sorted(line.split(" ", 1)[1] for line in lines[2:]))
    with open(out_path) as f:
        print(sorted(f.read().splitlines()))
    for name in os.listdir(directory):
        os.remove(os.path.join(directory, name))
    os.rmdir(directory)
