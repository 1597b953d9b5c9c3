"""The socket module of the GIL Lab model.

Written for the model (not copied) to behave as CPython 3.11's Lib/socket.py documents and does:
the socket type and the constants come from the model's _socket (Java, over NIO channels, as
CPython's come from Modules/socketmodule.c); create_connection and create_server are Python here
as they are there. Every blocking call of a socket releases the GIL while it waits.
"""

import _socket
from _socket import *

__all__ = ["socket", "SocketType", "create_connection", "create_server", "gethostname",
           "gethostbyname", "getdefaulttimeout", "setdefaulttimeout", "timeout", "error",
           "gaierror", "herror"]
__all__.extend(name for name in dir(_socket) if name.isupper())

_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects a TCP socket to (host, port) and returns it."""
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException:
        sock.close()
        raise


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening."""
    sock = socket(family, SOCK_STREAM, IPPROTO_TCP)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getfqdn(name=''):
    return name or gethostname()
