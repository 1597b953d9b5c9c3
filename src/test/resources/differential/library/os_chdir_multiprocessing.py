# Pool workers and Process children started after os.chdir start in the new working directory, as
# forked children inherit their parent's; a later chdir of the parent does not move a child's
import multiprocessing as mp
import os
import shutil
import tempfile


def where(_):
    return os.path.basename(os.getcwd()), open("data.txt").read().strip()


def write(name):
    with open(name, "w") as f:
        f.write(os.path.basename(os.getcwd()) + "\n")


if __name__ == "__main__":
    start = os.getcwd()
    top = os.path.realpath(tempfile.mkdtemp())
    os.chdir(top)
    try:
        for name in ("one", "two"):
            os.mkdir(name)
            with open(os.path.join(name, "data.txt"), "w") as f:
                f.write("data of " + name + "\n")
        os.chdir("one")
        with mp.Pool(2) as pool:
            print(pool.map(where, range(3)))
            os.chdir(os.path.join(top, "two"))
            print(pool.map(where, range(2)))
        with mp.Pool(1) as pool:
            print(pool.map(where, range(2)))
        p = mp.Process(target=write, args=("child.txt",))
        p.start()
        p.join()
        print(p.exitcode, os.listdir(), open("child.txt").read().strip())
    finally:
        os.chdir(start)
        shutil.rmtree(top)
    print(os.getcwd() == start, os.path.exists(top))
