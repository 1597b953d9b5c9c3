# asyncio echo server and clients, as the asyncio streams tutorial writes it
import asyncio


async def handle_echo(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: connection from a", type(peer).__name__, "of", len(peer))
    while True:
        line = await reader.readline()
        if not line:
            break
        message = line.decode().rstrip("\n")
        print(f"server: received {message!r}")
        writer.write(line.upper())
        await writer.drain()
    print("server: client closed, at_eof =", reader.at_eof())
    writer.close()
    await writer.wait_closed()


async def client(port, name, messages):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for m in messages:
        writer.write(f"{name}:{m}\n".encode())
        await writer.drain()
        data = await reader.readline()
        print(f"{name}: got {data.decode()!r}")
    writer.write_eof()
    rest = await reader.read()
    print(f"{name}: rest {rest!r}")
    writer.close()
    await writer.wait_closed()
    print(f"{name}: closing =", writer.is_closing())


async def fixed_size(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"abc\n")
    await writer.drain()
    print("exact:", await reader.readexactly(2), await reader.readexactly(2))
    writer.write(b"xy\n")
    writer.write_eof()
    print("until:", await reader.readuntil(b"\n"))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", type(e).__name__, e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    addr = server.sockets[0].getsockname()
    print("serving on", addr[0], "port>0:", addr[1] > 0)
    print("is_serving:", server.is_serving())
    async with server:
        serve = asyncio.create_task(server.serve_forever())
        await asyncio.gather(client(addr[1], "a", ["hello", "world"]),
                             client(addr[1], "b", ["one"]))
        await fixed_size(addr[1])
        serve.cancel()
        try:
            await serve
        except asyncio.CancelledError:
            print("serve_forever cancelled")
        print("is_serving after cancel:", server.is_serving())
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", addr[1])
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno)


asyncio.run(main())
