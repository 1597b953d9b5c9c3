# The convoy effect on real sockets: a TCP echo server thread and a client thread making round trips
# on loopback, alone and then beside one CPU-bound thread. Every recv/send releases the GIL; when a
# CPU-bound thread holds it, each return from the kernel waits up to a switch interval to get it back.
# Prints "RESULT name value" lines: requests/s alone and beside the CPU-bound thread.
import socket
import sys
import threading
import time

from echo_server_convoy import serve_one, spin, spinning

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
clock = getattr(time, "perf_counter", time.time)


def requests_per_second(seconds):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    t = threading.Thread(target=serve_one, args=(server,))
    t.start()
    client = socket.create_connection(server.getsockname())
    client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    n = 0
    start = clock()
    end = start + seconds
    while clock() < end:
        client.sendall(b"ping")
        client.recv(64)
        n += 1
    rate = n / (clock() - start)
    client.close()
    t.join()
    server.close()
    return rate


def main():
    if hasattr(sys, "setswitchinterval"):
        sys.setswitchinterval(0.005)
    requests_per_second(SECONDS)  # warm-up, not reported (the model JIT-compiles meanwhile)
    alone = requests_per_second(SECONDS)
    spinning[0] = True
    cpu = threading.Thread(target=spin)
    cpu.start()
    beside = requests_per_second(SECONDS)
    spinning[0] = False
    cpu.join()
    print("RESULT alone %.1f" % alone)
    print("RESULT beside %.1f" % beside)


if __name__ == "__main__":
    main()
