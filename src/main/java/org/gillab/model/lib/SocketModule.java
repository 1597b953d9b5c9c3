package org.gillab.model.lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashMap;
import java.util.Map;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _socket module (Modules/socketmodule.c): IPv4 TCP and UDP sockets over Java NIO channels. Every
 * call that may wait (accept, connect, recv, send...) releases the GIL around the attempt and the wait,
 * as CPython's sock_call does with Py_BEGIN_ALLOW_THREADS around the system call, so a thread blocked
 * on a socket lets others run, and a thread whose data is already there must still take the GIL back.
 * The channels are always non-blocking underneath; blocking and timeouts are a wait on a selector.
 *
 * Deliberate differences: a bound TCP socket already listens (Java binds and listens at once), with
 * the default backlog; AF_INET only; file descriptors are the model's own numbers.
 */
final class SocketModule {
    private SocketModule() {}

    static final int AF_INET = 2;
    static final int SOCK_STREAM = 1;
    static final int SOCK_DGRAM = 2;

    /** socket.gaierror: a host name that does not resolve. */
    static final PyType GAIERROR = PyType.builder("gaierror").base(PyErrors.OS_ERROR).subclassable()
            .attribute("__module__", PyStr.constant("socket")).build();
    static final PyType HERROR = PyType.builder("herror").base(PyErrors.OS_ERROR).subclassable()
            .attribute("__module__", PyStr.constant("socket")).build();

    /** The open sockets by file descriptor, for select on fileno() numbers. */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, Sock> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    static Sock byDescriptor(int fd) {
        return OPEN.get(fd);
    }

    /** socket.getdefaulttimeout(): seconds, or negative for None. */
    private static volatile double defaultTimeout = -1;

    static final PyType SOCKET = PyType.builder("_socket.socket")
            .newInstance((cls, args) -> {
                PyObject[] a = args.bind("socket", 0, "family", "type", "proto", "fileno");
                int family = a[0] == null || a[0] == PyNone.NONE ? AF_INET : (int) Convert.toLong(a[0], "socket");
                int kind = a[1] == null || a[1] == PyNone.NONE ? SOCK_STREAM : (int) Convert.toLong(a[1], "socket");
                int proto = a[2] == null || a[2] == PyNone.NONE ? 0 : (int) Convert.toLong(a[2], "socket");
                if (a[3] != null && a[3] != PyNone.NONE) {
                    throw PyErrors.raise(PyErrors.OS_ERROR, "the model's socket cannot be made from a file descriptor");
                }
                if (family != AF_INET) {
                    throw PyErrors.osError(Errno.EAFNOSUPPORT, null);
                }
                if (kind != SOCK_STREAM && kind != SOCK_DGRAM) {
                    throw PyErrors.osError(Errno.ESOCKTNOSUPPORT, null);
                }
                return new Sock(args.thread(), cls, family, kind, proto);
            })
            .method("bind", (self, args) -> {
                args.expectPositional("bind", 1, 1);
                sock(self).bind(address(args.get(0), "bind", true));
                return PyNone.NONE;
            })
            .method("listen", (self, args) -> {
                args.expectPositional("listen", 0, 1);
                sock(self).listen();
                return PyNone.NONE;
            })
            .method("accept", (self, args) -> sock(self).accept(args.thread()))
            .method("_accept", (self, args) -> sock(self).accept(args.thread()))
            .method("connect", (self, args) -> {
                args.expectPositional("connect", 1, 1);
                int errno = sock(self).connect(args.thread(), address(args.get(0), "connect", false));
                if (errno != 0) {
                    throw errnoError(Errno.of(errno));
                }
                return PyNone.NONE;
            })
            .method("connect_ex", (self, args) -> {
                args.expectPositional("connect_ex", 1, 1);
                return PyInt.of(args.thread(), sock(self).connect(args.thread(), address(args.get(0), "connect_ex", false)));
            })
            .method("recv", (self, args) -> {
                args.expectPositional("recv", 1, 2);
                return sock(self).recv(args.thread(), size(args.get(0), "recv"));
            })
            .method("recvfrom", (self, args) -> {
                args.expectPositional("recvfrom", 1, 2);
                return sock(self).recvfrom(args.thread(), size(args.get(0), "recvfrom"));
            })
            .method("send", (self, args) -> {
                args.expectPositional("send", 1, 2);
                return PyInt.of(args.thread(), sock(self).send(args.thread(), IoModule.bytesArg(args.get(0)), false));
            })
            .method("sendall", (self, args) -> {
                args.expectPositional("sendall", 1, 2);
                sock(self).send(args.thread(), IoModule.bytesArg(args.get(0)), true);
                return PyNone.NONE;
            })
            .method("sendto", (self, args) -> {
                args.expectPositional("sendto", 2, 3);
                byte[] data = IoModule.bytesArg(args.get(0));
                InetSocketAddress to = address(args.get(args.size() - 1), "sendto", false);
                return PyInt.of(args.thread(), sock(self).sendto(args.thread(), data, to));
            })
            .method("settimeout", (self, args) -> {
                args.expectPositional("settimeout", 1, 1);
                ((Sock) self).timeout = timeout(args.get(0));
                return PyNone.NONE;
            })
            .method("gettimeout", (self, args) -> seconds(args.thread(), ((Sock) self).timeout))
            .method("setblocking", (self, args) -> {
                args.expectPositional("setblocking", 1, 1);
                ((Sock) self).timeout = args.get(0).truthy() ? -1 : 0;
                return PyNone.NONE;
            })
            .method("getblocking", (self, args) -> PyBool.of(((Sock) self).timeout != 0))
            .method("setsockopt", (self, args) -> {
                args.expectPositional("setsockopt", 3, 4);
                long level = Convert.toLong(args.get(0), "setsockopt");
                long option = Convert.toLong(args.get(1), "setsockopt");
                long value = args.get(2) instanceof PyBytes ? 1 : Convert.toLong(args.get(2), "setsockopt");
                ((Sock) self).options.put(level * 1000 + option, value);
                return PyNone.NONE;
            })
            .method("getsockopt", (self, args) -> {
                args.expectPositional("getsockopt", 2, 3);
                Sock s = (Sock) self;
                long key = Convert.toLong(args.get(0), "getsockopt") * 1000 + Convert.toLong(args.get(1), "getsockopt");
                long dflt = key == 1003 ? s.kind : 0; // SOL_SOCKET, SO_TYPE
                return PyInt.of(args.thread(), s.options.getOrDefault(key, dflt));
            })
            .method("getsockname", (self, args) -> addressTuple(args.thread(), sock(self).localAddress()))
            .method("getpeername", (self, args) -> addressTuple(args.thread(), sock(self).peerAddress()))
            // A closed socket's descriptor is -1, as CPython's (selectors then finds it by identity).
            .method("fileno", (self, args) -> PyInt.of(args.thread(), ((Sock) self).closed ? -1 : ((Sock) self).fd))
            .method("shutdown", (self, args) -> {
                args.expectPositional("shutdown", 1, 1);
                sock(self).shutdown((int) Convert.toLong(args.get(0), "shutdown"));
                return PyNone.NONE;
            })
            .method("close", (self, args) -> {
                ((Sock) self).close();
                return PyNone.NONE;
            })
            .method("detach", (self, args) -> {
                throw PyErrors.raise(PyErrors.OS_ERROR, "the model's socket cannot be detached from its channel");
            })
            .method("__enter__", (self, args) -> args.thread().newRef(self))
            .method("__exit__", (self, args) -> {
                ((Sock) self).close();
                return PyNone.NONE;
            })
            .getter("family", (ts, self) -> PyInt.of(ts, ((Sock) self).family))
            .getter("type", (ts, self) -> PyInt.of(ts, ((Sock) self).kind))
            .getter("proto", (ts, self) -> PyInt.of(ts, ((Sock) self).proto))
            .getter("timeout", (ts, self) -> seconds(ts, ((Sock) self).timeout))
            .build();

    static PyModule create(InterpreterState interp) {
        PyModule m = new PyModule("_socket", true)
                .add("socket", SOCKET)
                .add("SocketType", SOCKET)
                .add("gaierror", GAIERROR)
                .add("herror", HERROR)
                .add("timeout", PyErrors.TIMEOUT_ERROR)
                .add("error", PyErrors.OS_ERROR)
                .add("has_ipv6", PyBool.FALSE)
                .function("gethostname", args -> {
                    args.expectPositional("gethostname", 0, 0);
                    return new PyStr(args.thread(), hostname());
                })
                .function("gethostbyname", args -> {
                    args.expectPositional("gethostbyname", 1, 1);
                    return new PyStr(args.thread(), resolve(args.thread(), host(args.get(0))).getHostAddress());
                })
                .function("getdefaulttimeout", args -> seconds(args.thread(), defaultTimeout))
                .function("setdefaulttimeout", args -> {
                    args.expectPositional("setdefaulttimeout", 1, 1);
                    defaultTimeout = timeout(args.get(0));
                    return PyNone.NONE;
                });
        Object[] constants = {"AF_INET", AF_INET, "AF_INET6", 10, "AF_UNIX", 1, "SOCK_STREAM", SOCK_STREAM,
            "SOCK_DGRAM", SOCK_DGRAM, "SOCK_RAW", 3, "SOL_SOCKET", 1, "SO_REUSEADDR", 2, "SO_REUSEPORT", 15,
            "SO_KEEPALIVE", 9, "SO_BROADCAST", 6, "SO_SNDBUF", 7, "SO_RCVBUF", 8, "SO_ERROR", 4, "SO_TYPE", 3,
            "SO_LINGER", 13, "IPPROTO_IP", 0, "IPPROTO_TCP", 6, "IPPROTO_UDP", 17, "TCP_NODELAY", 1, "SHUT_RD", 0,
            "SHUT_WR", 1, "SHUT_RDWR", 2, "SOMAXCONN", 4096, "INADDR_ANY", 0, "MSG_PEEK", 2, "MSG_WAITALL", 256,
            "MSG_DONTWAIT", 64};
        for (int i = 0; i < constants.length; i += 2) {
            m.add((String) constants[i], PyInt.constant((Integer) constants[i + 1]));
        }
        return m;
    }

    private static Sock sock(PyObject self) {
        Sock s = (Sock) self;
        if (s.closed) {
            throw PyErrors.osError(Errno.EBADF, null);
        }
        return s;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String host(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.typeError("str, bytes or bytearray expected, not " + o.type().name());
        }
        return s.value;
    }

    /** The address of {@code host}, resolved without the GIL as getaddrinfo is; gaierror if it has none. */
    private static InetAddress resolve(ThreadState ts, String host) {
        if (host.isEmpty() || host.equals("0.0.0.0")) {
            return new InetSocketAddress(0).getAddress();
        }
        InetAddress address = ((InterpreterState) ts.invoker()).allowThreads(ts, () -> {
            try {
                return InetAddress.getByName(host.equals("<broadcast>") ? "255.255.255.255" : host);
            } catch (UnknownHostException e) {
                return null;
            }
        });
        if (address == null) {
            throw PyErrors.raiseWith(GAIERROR, PyInt.constant(-2), PyStr.constant("Name or service not known"));
        }
        return address;
    }

    /** An AF_INET address argument: a (host, port) tuple. */
    private static InetSocketAddress address(PyObject o, String function, boolean binding) {
        if (!(o instanceof PyTuple t) || t.size() != 2) {
            throw PyErrors.typeError(function + "(): AF_INET address must be tuple, not " + o.type().name());
        }
        String host = host(t.get(0));
        long port = Convert.toLong(t.get(1), function);
        if (port < 0 || port > 65535) {
            throw PyErrors.overflowError(function + "(): port must be 0-65535.");
        }
        ThreadState ts = ThreadState.current();
        return new InetSocketAddress(resolve(ts, host.isEmpty() && !binding ? "127.0.0.1" : host), (int) port);
    }

    private static PyObject addressTuple(ThreadState ts, SocketAddress a) {
        if (!(a instanceof InetSocketAddress in)) {
            return PyTuple.of(ts, PyStr.constant("0.0.0.0"), PyInt.constant(0));
        }
        PyObject host = new PyStr(ts, in.getAddress().getHostAddress());
        PyObject port = PyInt.of(ts, in.getPort());
        return new PyTuple(ts, new PyObject[] {host, port});
    }

    private static int size(PyObject o, String function) {
        long n = Convert.toLong(o, function);
        if (n < 0) {
            throw PyErrors.valueError("negative buffersize in " + function);
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    /** A timeout argument in seconds: None is -1 (blocking). */
    private static double timeout(PyObject o) {
        if (o == PyNone.NONE) {
            return -1;
        }
        double t = o instanceof PyFloat f ? f.value : Convert.toLong(o, "settimeout");
        if (t < 0 || Double.isNaN(t)) {
            throw PyErrors.valueError("Timeout value out of range");
        }
        return t;
    }

    private static PyObject seconds(ThreadState ts, double timeout) {
        return timeout < 0 ? PyNone.NONE : new PyFloat(ts, timeout);
    }

    private static RuntimeException errnoError(Errno errno) {
        return PyErrors.osError(errno, null);
    }

    /** The errno of a Java network failure. */
    static Errno errno(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof ConnectException || message.contains("refused")) {
            return Errno.ECONNREFUSED;
        }
        if (e instanceof BindException && message.contains("in use")) {
            return Errno.EADDRINUSE;
        }
        if (e instanceof BindException || message.contains("assign requested")) {
            return Errno.EADDRNOTAVAIL;
        }
        if (e instanceof ClosedChannelException) {
            return Errno.EBADF;
        }
        if (message.contains("reset")) {
            return Errno.ECONNRESET;
        }
        if (message.contains("Broken pipe")) {
            return Errno.EPIPE;
        }
        if (message.contains("No route")) {
            return Errno.EHOSTUNREACH;
        }
        if (message.contains("timed out")) {
            return Errno.ETIMEDOUT;
        }
        return Errno.EIO;
    }

    /** A socket operation on a channel. */
    @FunctionalInterface
    private interface Attempt<T> {
        /** The result, or null if the channel is not ready yet. */
        T run() throws IOException;
    }

    /** Why a wait ended without the channel becoming ready. */
    private static final class TimedOut extends RuntimeException {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    /** A socket: a TCP listener or connection, or a UDP socket, and its timeout. */
    static final class Sock extends PyInstance {
        final int family;
        final int kind;
        final int proto;
        final int fd;
        final Map<Long, Long> options = new HashMap<>();
        volatile double timeout = defaultTimeout;
        volatile boolean closed;
        private ServerSocketChannel server;
        private SocketChannel stream;
        private DatagramChannel datagram;
        private Selector readSelector;
        private Selector writeSelector;

        Sock(ThreadState ts, PyType type, int family, int kind, int proto) {
            super(ts, type);
            this.family = family;
            this.kind = kind;
            this.proto = proto;
            this.fd = Descriptors.next();
            OPEN.put(fd, this);
        }

        private Sock(ThreadState ts, PyType type, SocketChannel connection) {
            this(ts, type, AF_INET, SOCK_STREAM, 0);
            this.stream = connection;
            this.timeout = defaultTimeout;
        }

        /** The channel to wait on: the one this socket has, for select. */
        SelectableChannel channel() {
            return server != null ? server : stream != null ? stream : datagram;
        }

        private boolean reuseAddress() {
            return options.getOrDefault(1002L, 0L) != 0;
        }

        void bind(InetSocketAddress address) {
            if (channel() != null) {
                throw errnoError(Errno.EINVAL);
            }
            try {
                if (kind == SOCK_DGRAM) {
                    datagram = DatagramChannel.open();
                    configure(datagram);
                    datagram.bind(address);
                } else {
                    server = ServerSocketChannel.open();
                    configure(server);
                    server.bind(address, 128);
                }
            } catch (IOException e) {
                closeChannels();
                throw errnoError(errno(e));
            }
        }

        private void configure(NetworkChannel channel) throws IOException {
            ((SelectableChannel) channel).configureBlocking(false);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddress());
        }

        void listen() {
            if (kind != SOCK_STREAM) {
                throw PyErrors.osError(Errno.ENOTSUP, null);
            }
            if (channel() == null) {
                bind(new InetSocketAddress(0));
            }
            if (server == null) {
                throw errnoError(Errno.EINVAL);
            }
        }

        PyObject accept(ThreadState ts) {
            if (server == null) {
                throw errnoError(Errno.EINVAL);
            }
            ServerSocketChannel listener = server;
            SocketChannel connection = wait(ts, SelectionKey.OP_ACCEPT, listener::accept);
            try {
                connection.configureBlocking(false);
                SocketAddress peer = connection.getRemoteAddress();
                Sock conn = new Sock(ts, type(), connection);
                PyObject address = addressTuple(ts, peer);
                return new PyTuple(ts, new PyObject[] {conn, address});
            } catch (IOException e) {
                throw errnoError(errno(e));
            }
        }

        /** connect: 0, or the errno it failed with (connect_ex returns it, connect raises it). */
        int connect(ThreadState ts, InetSocketAddress address) {
            try {
                if (kind == SOCK_DGRAM) {
                    if (datagram == null) {
                        datagram = DatagramChannel.open();
                        configure(datagram);
                    }
                    datagram.connect(address);
                    return 0;
                }
                if (stream != null) {
                    return Errno.EISCONN.code;
                }
                InetSocketAddress local = server == null ? null : (InetSocketAddress) server.getLocalAddress();
                closeChannels();
                SocketChannel channel = SocketChannel.open();
                configure(channel);
                if (local != null) {
                    channel.bind(local);
                }
                stream = channel;
                if (channel.connect(address)) {
                    return 0;
                }
                return wait(ts, SelectionKey.OP_CONNECT, () -> {
                    try {
                        return channel.finishConnect() ? 0 : null;
                    } catch (IOException e) {
                        return errno(e).code;
                    }
                });
            } catch (IOException e) {
                return errno(e).code;
            } catch (UnresolvedAddressException e) {
                return Errno.EADDRNOTAVAIL.code;
            }
        }

        PyObject recv(ThreadState ts, int size) {
            ByteBuffer buffer = ByteBuffer.allocate(size);
            int n = read(ts, buffer);
            byte[] data = new byte[Math.max(n, 0)];
            buffer.flip();
            buffer.get(data);
            return new PyBytes(ts, data, false);
        }

        /** Reads into {@code buffer} once data is there: the count, or 0 at the end of the stream. */
        private int read(ThreadState ts, ByteBuffer buffer) {
            if (buffer.capacity() == 0) {
                return 0;
            }
            if (datagram != null) {
                DatagramChannel channel = datagram;
                return wait(ts, SelectionKey.OP_READ, () -> channel.receive(buffer) == null ? null : buffer.position());
            }
            SocketChannel channel = connected(Errno.ENOTCONN);
            return wait(ts, SelectionKey.OP_READ, () -> {
                int n = channel.read(buffer);
                return n == 0 ? null : Math.max(n, 0);
            });
        }

        PyObject recvfrom(ThreadState ts, int size) {
            if (kind == SOCK_STREAM) {
                PyObject data = recv(ts, size);
                return new PyTuple(ts, new PyObject[] {data, PyNone.NONE});
            }
            if (datagram == null) {
                throw errnoError(Errno.EINVAL);
            }
            DatagramChannel channel = datagram;
            ByteBuffer buffer = ByteBuffer.allocate(size);
            SocketAddress from = wait(ts, SelectionKey.OP_READ, () -> channel.receive(buffer));
            byte[] data = new byte[buffer.position()];
            buffer.flip();
            buffer.get(data);
            PyObject bytes = new PyBytes(ts, data, false);
            return new PyTuple(ts, new PyObject[] {bytes, addressTuple(ts, from)});
        }

        /** send (what fits once the channel can take some) or sendall (everything, waiting as often as needed). */
        int send(ThreadState ts, byte[] data, boolean all) {
            ByteBuffer buffer = ByteBuffer.wrap(data);
            if (datagram != null) {
                DatagramChannel channel = datagram;
                return wait(ts, SelectionKey.OP_WRITE, () -> {
                    int n = channel.write(buffer);
                    return n == 0 && data.length > 0 ? null : n;
                });
            }
            SocketChannel channel = connected(Errno.EPIPE);
            int sent = 0;
            do {
                sent += wait(ts, SelectionKey.OP_WRITE, () -> {
                    int n = channel.write(buffer);
                    return n == 0 && buffer.hasRemaining() ? null : n;
                });
            } while (all && buffer.hasRemaining());
            return sent;
        }

        int sendto(ThreadState ts, byte[] data, InetSocketAddress to) {
            if (kind != SOCK_DGRAM) {
                throw errnoError(Errno.EISCONN);
            }
            try {
                if (datagram == null) {
                    datagram = DatagramChannel.open();
                    configure(datagram);
                }
            } catch (IOException e) {
                throw errnoError(errno(e));
            }
            DatagramChannel channel = datagram;
            ByteBuffer buffer = ByteBuffer.wrap(data);
            return wait(ts, SelectionKey.OP_WRITE, () -> {
                int n = channel.send(buffer, to);
                return n == 0 && data.length > 0 ? null : n;
            });
        }

        /**
         * The connection, or the error Linux gives for a stream socket that has none: {@code unconnected}
         * (ENOTCONN for recv and shutdown, EPIPE for send, as tcp_sendmsg says).
         */
        private SocketChannel connected(Errno unconnected) {
            if (stream == null || !stream.isConnected()) {
                throw errnoError(unconnected);
            }
            return stream;
        }

        /**
         * Runs {@code attempt} until it has a result, without the GIL (sock_call): when the channel is not
         * ready, waits on a selector for {@code op}, at most the socket's timeout (TimeoutError "timed
         * out"); a non-blocking socket raises BlockingIOError instead of waiting.
         */
        private <T> T wait(ThreadState ts, int op, Attempt<T> attempt) {
            double seconds = timeout;
            long deadline = seconds < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
            InterpreterState interp = (InterpreterState) ts.invoker();
            try {
                T result = interp.allowThreads(ts, () -> {
                    try {
                        while (true) {
                            T r = attempt.run();
                            if (r != null) {
                                return r;
                            }
                            if (seconds == 0) {
                                return null;
                            }
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                throw new TimedOut();
                            }
                            Selector selector = selector(op);
                            selector.select(seconds < 0 ? 0 : Math.max(1, left / 1_000_000));
                            selector.selectedKeys().clear();
                            if (Thread.interrupted()) {
                                throw new InterruptedException();
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (result == null) {
                    throw errnoError(Errno.EAGAIN);
                }
                return result;
            } catch (TimedOut e) {
                throw PyErrors.raise(PyErrors.TIMEOUT_ERROR, "timed out");
            } catch (UncheckedIOException e) {
                throw errnoError(closed ? Errno.EBADF : errno(e.getCause()));
            } catch (java.nio.channels.ClosedSelectorException | java.nio.channels.CancelledKeyException e) {
                throw errnoError(Errno.EBADF); // closed by another thread while this one waited
            } catch (java.nio.channels.NotYetConnectedException e) {
                throw errnoError(Errno.ENOTCONN);
            }
        }

        /** The selector this socket waits on for {@code op}: one for reading, one for writing, so both can wait at once. */
        private synchronized Selector selector(int op) throws IOException {
            boolean reading = op == SelectionKey.OP_READ || op == SelectionKey.OP_ACCEPT;
            Selector selector = reading ? readSelector : writeSelector;
            if (selector == null) {
                SelectableChannel channel = channel();
                if (channel == null) {
                    throw new ClosedChannelException();
                }
                selector = Selector.open();
                channel.register(selector, op);
                if (reading) {
                    readSelector = selector;
                } else {
                    writeSelector = selector;
                }
            } else {
                selector.keys().iterator().next().interestOps(op);
            }
            return selector;
        }

        SocketAddress localAddress() {
            try {
                SelectableChannel c = channel();
                return c == null ? null : ((NetworkChannel) c).getLocalAddress();
            } catch (IOException e) {
                throw errnoError(errno(e));
            }
        }

        SocketAddress peerAddress() {
            try {
                SocketAddress peer = stream != null ? stream.getRemoteAddress() : datagram != null ? datagram.getRemoteAddress() : null;
                if (peer == null) {
                    throw errnoError(Errno.ENOTCONN);
                }
                return peer;
            } catch (IOException e) {
                throw errnoError(errno(e));
            }
        }

        void shutdown(int how) {
            SocketChannel channel = connected(Errno.ENOTCONN);
            try {
                if (how == 0 || how == 2) {
                    channel.shutdownInput();
                }
                if (how == 1 || how == 2) {
                    channel.shutdownOutput();
                }
            } catch (IOException e) {
                throw errnoError(errno(e));
            }
        }

        void close() {
            closed = true;
            OPEN.remove(fd);
            closeChannels();
        }

        private synchronized void closeChannels() {
            for (java.io.Closeable c : new java.io.Closeable[] {readSelector, writeSelector, server, stream, datagram}) {
                if (c != null) {
                    try {
                        c.close();
                    } catch (IOException e) {
                        // closing is best effort, as close(2) on a socket whose peer went away
                    }
                }
            }
            readSelector = writeSelector = null;
            server = null;
            stream = null;
            datagram = null;
        }

        @Override
        protected String builtinRepr() {
            StringBuilder b = new StringBuilder("<socket.socket ");
            if (closed) {
                b.append("[closed] fd=-1");
            } else {
                b.append("fd=").append(fd);
            }
            b.append(", family=").append(family).append(", type=").append(kind).append(", proto=").append(proto);
            if (!closed) {
                SocketAddress local = localAddress();
                b.append(", laddr=").append(addressRepr(local == null ? new InetSocketAddress("0.0.0.0", 0) : local));
                if (stream != null && stream.isConnected()) {
                    b.append(", raddr=").append(addressRepr(peerAddress()));
                }
            }
            return b.append('>').toString();
        }

        private static String addressRepr(SocketAddress a) {
            InetSocketAddress in = (InetSocketAddress) a;
            return "('" + in.getAddress().getHostAddress() + "', " + in.getPort() + ")";
        }

        @Override
        protected void release(ThreadState ts) {
            try {
                close();
            } finally {
                super.release(ts);
            }
        }
    }
}
