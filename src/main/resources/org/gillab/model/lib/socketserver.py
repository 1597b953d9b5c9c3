"""socketserver for the GIL Lab model: the server classes of CPython 3.11's Lib/socketserver.py.

Written for the model from CPython's documentation and observed behaviour, not copied from its
source. A server waits for requests in selectors with the GIL released (the model's sockets release
it in every blocking call), so a ThreadingTCPServer's handler threads and its clients contend for
the GIL as they do in CPython. The model has no os.fork and no AF_UNIX sockets, so, as CPython does
on a platform without them, the module has no ForkingMixIn, ForkingTCPServer, ForkingUDPServer
and no Unix*Server classes (an AttributeError, or an ImportError from 'from socketserver import').
Where a traceback passes through this module, its source lines are CPython's.
"""

__version__ = "0.4"

import selectors
import socket
import sys
import threading
from io import BufferedIOBase
from time import monotonic as time

__all__ = ["BaseServer", "TCPServer", "UDPServer",
           "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn"]

# CPython prefers PollSelector when the platform has it; the model's selectors has SelectSelector.
_ServerSelector = getattr(selectors, 'PollSelector', selectors.SelectSelector)


class BaseServer:
    """A server: waits for requests on its socket and has RequestHandlerClass handle each.

    Subclasses give the socket: server_bind, server_activate, get_request, fileno, server_close,
    shutdown_request, close_request. timeout bounds handle_request's wait (None: forever).
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()
        self.__shutdown_request = False

    def server_activate(self):
        """Called by the constructor to activate the server; may be overridden."""

    def serve_forever(self, poll_interval=0.5):
        """Handle requests one at a time until shutdown(), checking for it every poll_interval
        seconds (self.timeout is ignored)."""
        self.__is_shut_down.clear()
        try:
            with _ServerSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                while not self.__shutdown_request:
                    ready = selector.select(poll_interval)
                    # shutdown() may have been called while select waited.
                    if self.__shutdown_request:
                        break
                    if ready:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self.__shutdown_request = False
            self.__is_shut_down.set()

    def shutdown(self):
        """Stop serve_forever and wait until it has stopped: call it from another thread, or it
        deadlocks."""
        self.__shutdown_request = True
        self.__is_shut_down.wait()

    def service_actions(self):
        """Called once per serve_forever loop; may be overridden."""

    def handle_request(self):
        """Handle one request, waiting at most the socket's or self.timeout (the smaller) for it;
        handle_timeout() is called when none came."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        if timeout is not None:
            deadline = time() + timeout
        with _ServerSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            while True:
                if selector.select(timeout):
                    return self._handle_request_noblock()
                if timeout is not None:
                    timeout = deadline - time()
                    if timeout < 0:
                        return self.handle_timeout()

    def _handle_request_noblock(self):
        # The socket is readable: take the request (a failure to is ignored), verify it, process
        # it; an Exception goes to handle_error, and the request is shut down whatever happens.
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except:
            self.shutdown_request(request)
            raise

    def handle_timeout(self):
        """Called when handle_request's timeout passes; may be overridden."""

    def verify_request(self, request, client_address):
        """Whether to process the request; may be overridden (True)."""
        return True

    def process_request(self, request, client_address):
        """Handle the request and shut it down; the mix-ins override this."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Clean up the server; may be overridden."""

    def finish_request(self, request, client_address):
        """Handle the request by making a RequestHandlerClass."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """End one request and close it."""
        self.close_request(request)

    def close_request(self, request):
        """Clean up one request; may be overridden."""

    def handle_error(self, request, client_address):
        """Print the exception being handled, between two lines of dashes, to stderr; may be
        overridden."""
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a TCP socket, bound and listening once made (unless bind_and_activate is false)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        """Bind the socket (with the reuse options asked for); server_address becomes the address
        bound, so port 0 gives the port chosen."""
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        """The socket's descriptor, which the selector waits on."""
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        # Tell the client no more is coming, then close (a client already gone is no error).
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a UDP socket: a request is (datagram, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_address = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_address

    def server_activate(self):
        # A datagram socket does not listen.
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        # The socket is the server's: nothing to close.
        pass


class _NoThreads:
    """The thread list of a server that does not wait for its threads."""

    def append(self, thread):
        pass

    def join(self):
        pass


class _Threads(list):
    """The non-daemon threads still running, which server_close joins."""

    def append(self, thread):
        self[:] = [t for t in self if t.is_alive()]
        if not thread.daemon:
            super().append(thread)

    def join(self):
        self[:], threads = [], self[:]
        for thread in threads:
            thread.join()


class ThreadingMixIn:
    """Mix-in that handles each request in a new thread.

    daemon_threads makes them daemons; block_on_close (the default) makes server_close join them.
    """

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        """BaseServer.process_request in the new thread, errors going to handle_error."""
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        """Start a thread to handle the request."""
        if self.block_on_close:
            vars(self).setdefault('_threads', _Threads())
        t = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        t.daemon = self.daemon_threads
        self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class BaseRequestHandler:
    """Handles one request: setup(), handle(), then finish() even when handle() raised.

    request, client_address and server are attributes.
    """

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler of a stream socket, read through rfile and written through wfile.

    rbufsize and wbufsize are the files' buffer sizes (wbufsize 0: every write is sent at once);
    timeout, if not None, is set on the connection; disable_nagle_algorithm sets TCP_NODELAY.
    """

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        # What is buffered goes out if it can (a client gone is not an error), then the files close.
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except socket.error:
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered writable file that sends every write whole (sendall)."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        with memoryview(b) as view:
            return view.nbytes

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler of a datagram: rfile reads the packet, and what is written to wfile is sent back
    to the client when the handler finishes."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
