# The loop's sock_* coroutines on non-blocking sockets: an accept loop, sendall of a large
# payload, recv until the end
import asyncio
import socket


async def serve(listener, count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        conn, addr = await loop.sock_accept(listener)
        print("accepted a", type(addr).__name__, conn.getblocking())
        total = 0
        while data := await loop.sock_recv(conn, 65536):
            total += len(data)
        await loop.sock_sendall(conn, f"got {total}".encode())
        conn.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    address = listener.getsockname()
    server = asyncio.create_task(serve(listener, 2))
    for size in (10, 3_000_000):
        s = socket.socket()
        s.setblocking(False)
        await loop.sock_connect(s, listener.getsockname())
        await loop.sock_sendall(s, b"x" * size)
        s.shutdown(socket.SHUT_WR)
        print(await loop.sock_recv(s, 100))
        s.close()
    await server
    listener.close()
    blocking = socket.socket()
    try:
        await loop.sock_recv(blocking, 1)
    except OSError as e:
        print("OSError:", e.errno)  # the non-blocking check is made in debug mode only
    blocking.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, address)
    except ConnectionRefusedError as e:
        print("refused:", e.errno, str(e).startswith("[Errno 111] Connect call failed ('127.0.0.1', "))
    s.close()


asyncio.run(main())
