# A ProcessPoolExecutor hands its workers only as many calls as its call queue takes (a few more than it
# has workers): those are running, and cancel() refuses them; the others wait, cancel() succeeds, and a
# cancelled call never runs. shutdown(cancel_futures=True) cancels the calls still waiting (how many
# were handed over by then is a matter of timing: only the first and the last two calls are shown). At
# exit, an executor not shut down finishes the calls submitted to it.
import concurrent.futures as cf
import time


def slow(x):
    time.sleep(0.2)
    if x not in (1, 2, 3):  # 1 to 3 run or are cancelled by shutdown, as timing has it; 4 and 5 never run
        print("ran", x, flush=True)
    return x


if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(1)
    fs = [ex.submit(slow, i) for i in range(6)]
    while not fs[0].running():
        time.sleep(0.01)
    print("first running:", fs[0].running(), "cancel:", fs[0].cancel())
    print("last running:", fs[-1].running(), "cancel:", fs[-1].cancel(), fs[-1].cancelled())
    print(fs[0].result())
    ex.shutdown(cancel_futures=True)
    print("cancelled:", fs[0].cancelled(), fs[-2].cancelled(), fs[-1].cancelled())

    left_open = cf.ProcessPoolExecutor(1)
    for i in range(10, 13):
        left_open.submit(slow, i)
    print("main done")
