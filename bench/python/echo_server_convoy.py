# The echo server of the convoy benchmark (bench/convoy_bench.py is its client, in another process):
# serves one connection alone, then one beside a CPU-bound thread. Every recv/send releases the GIL;
# beside a CPU-bound thread each return from the kernel waits up to a switch interval to take it back.
# Prints its port on the first line, then serves.
import socket
import sys
import threading

spinning = [False]


def spin():
    while spinning[0]:
        n = 10000
        while n > 0:
            n -= 1


def serve_one(server):
    conn, _ = server.accept()
    while True:
        data = conn.recv(64)
        if not data:
            break
        conn.sendall(data)
    conn.close()


def main():
    if hasattr(sys, "setswitchinterval"):
        sys.setswitchinterval(float(sys.argv[1]) if len(sys.argv) > 1 else 0.005)
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    print(server.getsockname()[1])
    sys.stdout.flush()
    serve_one(server)  # warm-up
    serve_one(server)  # alone
    spinning[0] = True
    cpu = threading.Thread(target=spin)
    cpu.start()
    serve_one(server)  # beside a CPU-bound thread
    spinning[0] = False
    cpu.join()
    server.close()


if __name__ == "__main__":
    main()
