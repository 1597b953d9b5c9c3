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

import contextlib
import io
import selectors
import socket
import sys
import threading
import time

__all__ = [
    "BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer", "ThreadingTCPServer",
    "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler", "ThreadingMixIn",
]

# CPython prefers PollSelector when the platform has it; the model's selectors has SelectSelector.
_ServerSelector = getattr(selectors, 'PollSelector', selectors.SelectSelector)


def _smaller_timeout(first, second):
    """The smaller of two timeouts, where None means none."""
    if first is None or second is None:
        return second if first is None else first
    return min(first, second)


class BaseServer:
    """A server: waits for requests on its socket and has RequestHandlerClass handle each.

    Subclasses give the socket: server_bind, server_activate, get_request, fileno, server_close,
    shutdown_request, close_request. timeout bounds handle_request's wait (None: forever).
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__serving_stopped = threading.Event()  # set unless serve_forever is running
        self.__stop_requested = False

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()

    def _watch(self):
        """A selector waiting for the server's socket to have a request."""
        selector = _ServerSelector()
        selector.register(self, selectors.EVENT_READ)
        return selector

    # ---- the serving loop ----

    def serve_forever(self, poll_interval=0.5):
        """Handle requests one at a time until shutdown(), checking for it every poll_interval
        seconds (self.timeout is ignored)."""
        self.__serving_stopped.clear()
        try:
            with self._watch() as selector:
                while not self.__stop_requested:
                    self._serve_once(selector, poll_interval)
        finally:
            self.__stop_requested = False
            self.__serving_stopped.set()

    def _serve_once(self, selector, poll_interval):
        request_waiting = bool(selector.select(poll_interval))
        if self.__stop_requested:
            return  # shutdown() was called while select waited: no more requests
        if request_waiting:
            self._handle_request_noblock()
        self.service_actions()

    def shutdown(self):
        """Stop serve_forever and wait until it has stopped: call it from another thread, or it
        deadlocks."""
        self.__stop_requested = True
        self.__serving_stopped.wait()

    def service_actions(self):
        """Called once per serve_forever loop; may be overridden."""

    def handle_request(self):
        """Handle one request, waiting at most the socket's or self.timeout (the smaller) for it;
        handle_timeout() is called when none came."""
        timeout = _smaller_timeout(self.socket.gettimeout(), self.timeout)
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._watch() as selector:
            while not selector.select(timeout):
                if deadline is None:
                    continue
                timeout = deadline - time.monotonic()
                if timeout < 0:
                    return self.handle_timeout()
        return self._handle_request_noblock()

    def handle_timeout(self):
        """Called when handle_request's timeout passes; may be overridden."""

    # ---- one request ----

    def _handle_request_noblock(self):
        # The socket is readable: take the request (a client gone meanwhile is ignored), verify
        # it, process it. process_request shuts it down when it succeeds; a failure shuts it down
        # here, an Exception going to handle_error first and anything else on to the caller.
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except BaseException as error:
            reported = isinstance(error, Exception)
            if reported:
                self.handle_error(request, client_address)
            self.shutdown_request(request)
            if not reported:
                raise

    def verify_request(self, request, client_address):
        """Whether to process the request; may be overridden (True)."""
        return True

    def process_request(self, request, client_address):
        """Handle the request and shut it down; the mix-ins override this."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

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
        import traceback  # only a failing request needs it
        rule = '-' * 40
        print(rule, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address, file=sys.stderr)
        traceback.print_exc()
        print(rule, file=sys.stderr)

    # ---- the socket, given by subclasses ----

    def server_activate(self):
        """Called by the constructor to activate the server; may be overridden."""

    def server_close(self):
        """Clean up the server; may be overridden."""


class TCPServer(BaseServer):
    """A server on a TCP socket, bound and listening once made (unless bind_and_activate is false)."""

    # the socket made
    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    # server_bind's socket options
    allow_reuse_address = False
    allow_reuse_port = False
    # the listen() backlog
    request_queue_size = 5

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()  # the address in use, say: the socket is not left open
            raise

    def server_bind(self):
        """Bind the socket (with the reuse options asked for); server_address becomes the address
        bound, so port 0 gives the port chosen."""
        for wanted, option in ((self.allow_reuse_address, "SO_REUSEADDR"), (self.allow_reuse_port, "SO_REUSEPORT")):
            if wanted:
                self.socket.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
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
        with contextlib.suppress(OSError):
            request.shutdown(socket.SHUT_WR)
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a UDP socket: a request is (datagram, socket), and the socket stays the server's."""

    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192
    allow_reuse_address = False
    allow_reuse_port = False

    def server_activate(self):
        """A datagram socket does not listen: nothing to do."""

    def get_request(self):
        data, client_address = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_address

    # nothing to shut down or close: the socket is the server's
    shutdown_request = BaseServer.shutdown_request
    close_request = BaseServer.close_request


class _NoThreads:
    """The thread list of a server that does not wait for its threads."""

    def append(self, thread):
        """Forgets the thread at once."""

    def join(self):
        """Nothing to wait for."""


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

    block_on_close = True
    daemon_threads = False
    _threads = _NoThreads()

    def process_request(self, request, client_address):
        """Start a thread to handle the request."""
        if self.block_on_close and '_threads' not in vars(self):
            self._threads = _Threads()  # this server's own list (the class's forgets threads)
        worker = threading.Thread(target=self.process_request_thread, args=(request, client_address),
                                  daemon=self.daemon_threads)
        self._threads.append(worker)
        worker.start()

    def process_request_thread(self, request, client_address):
        """BaseServer.process_request in the new thread, errors going to handle_error."""
        with contextlib.ExitStack() as when_done:
            when_done.callback(self.shutdown_request, request)  # whatever the handler does
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)

    def server_close(self):
        """Close the socket, then wait for the handler threads still running (block_on_close)."""
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

    def setup(self):
        """Prepares for handle() (nothing here); may be overridden."""

    def handle(self):
        """Serves the request (nothing here); overridden by every real handler."""

    def finish(self):
        """Cleans up after handle(), even when it raised (nothing here); may be overridden."""

    def __init__(self, request, client_address, server):
        # the handler does its whole work as it is made, in the hooks above
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()


class StreamRequestHandler(BaseRequestHandler):
    """A handler of a stream socket, read through rfile and written through wfile.

    rbufsize and wbufsize are the files' buffer sizes (wbufsize 0: every write is sent at once);
    timeout, if not None, is set on the connection; disable_nagle_algorithm sets TCP_NODELAY.
    """

    timeout = None
    disable_nagle_algorithm = False
    rbufsize = -1
    wbufsize = 0

    def setup(self):
        connection = self.connection = self.request
        if self.timeout is not None:
            connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = connection.makefile('rb', self.rbufsize)
        self.wfile = connection.makefile('wb', self.wbufsize) if self.wbufsize else _SocketWriter(connection)

    def finish(self):
        # What is buffered goes out if it can (a client gone is not an error), then the files close.
        if not self.wfile.closed:
            with contextlib.suppress(OSError):
                self.wfile.flush()
        for stream in (self.wfile, self.rfile):
            stream.close()


class _SocketWriter(io.BufferedIOBase):
    """An unbuffered writable file that sends every write whole (sendall)."""

    def __init__(self, sock):
        self._sock = sock

    def fileno(self):
        return self._sock.fileno()

    def writable(self):
        return True

    def write(self, b):
        with memoryview(b) as view:
            size = view.nbytes
        self._sock.sendall(b)
        return size


class DatagramRequestHandler(BaseRequestHandler):
    """A handler of a datagram: rfile reads the packet, and what is written to wfile is sent back
    to the client when the handler finishes."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile, self.wfile = io.BytesIO(self.packet), io.BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
