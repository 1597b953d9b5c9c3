# asyncio Protocol-based echo server (the docs' "TCP Echo Server" with protocols) plus
# line iteration over a StreamReader, a too-long line, and a big payload through drain()
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("proto: connection made, peer is", type(transport.get_extra_info("peername")).__name__)

    def data_received(self, data):
        message = data.decode()
        print("proto: data received:", repr(message))
        self.transport.write(data[::-1])
        if message.endswith("bye"):
            print("proto: close the client socket")
            self.transport.close()

    def connection_lost(self, exc):
        print("proto: connection lost", exc)


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print("client: data sent:", repr(self.message))

    def data_received(self, data):
        print("client: data received:", repr(data.decode()))

    def connection_lost(self, exc):
        print("client: the server closed the connection")
        self.on_con_lost.set_result(True)


async def lines(reader, writer):
    count = 0
    async for line in reader:
        count += 1
        writer.write(b"%d %s" % (count, line))
    try:
        writer.write(b"done\n")
        await writer.drain()
    finally:
        writer.close()


def report(loop, context):
    if "transport" not in context:
        # 3.11.7's done callback calls exception() on a cancelled handler task: the loop reports that
        print("handler:", context["message"].split(" at ")[0], "|", type(context["exception"]).__name__)
        return
    print("handler:", context["message"], "|", type(context["exception"]).__name__, context["exception"],
          "| transport closing:", context["transport"].is_closing())


handler_tasks = []


async def stuck(reader, writer):
    handler_tasks.append(asyncio.current_task())
    print(f"stuck handler reads {await reader.read(1)!r}")
    await reader.read()


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol("hello, bye", on_con_lost), "127.0.0.1", port)
    await on_con_lost
    transport.close()
    server.close()
    await server.wait_closed()
    print("server closed:", server.is_serving(), server.sockets)

    server = await asyncio.start_server(lines, "127.0.0.1", 0, limit=100)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=100)
    writer.writelines([b"alpha\n", b"beta\n", b"gamma\n"])
    await writer.drain()
    writer.write_eof()
    async for line in reader:
        print("lines:", line)
    print("can_write_eof:", writer.can_write_eof())
    writer.close()
    await writer.wait_closed()

    # a line longer than the limit: ValueError from readline, the rest still readable
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=100)
    writer.write(b"x" * 300 + b"\nshort\n")
    writer.write_eof()
    try:
        await reader.readline()
    except ValueError as e:
        print("readline:", type(e).__name__, e)
    print("after:", await reader.read())
    writer.close()
    await writer.wait_closed()

    big = bytes(range(256)) * 2000
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(big.replace(b"\n", b"-") + b"\n")
    await writer.drain()
    writer.write_eof()
    try:
        data = await reader.read()
    except ConnectionResetError as e:
        # the server's handler failed on the long line and closed with the data unread: a reset
        print("big: reset", e.errno)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print("wait_closed raises the reset too:", e.errno)
    server.close()
    await server.wait_closed()
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("readuntil:", e)
    try:
        await reader.readexactly(-1)
    except ValueError as e:
        print("readexactly:", e)


    server = await asyncio.start_server(stuck, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
    writer.write(b"xy")
    await asyncio.sleep(0.05)
    handler_tasks[0].cancel()
    await asyncio.sleep(0.05)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
