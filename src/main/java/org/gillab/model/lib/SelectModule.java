package org.gillab.model.lib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gillab.model.object.Args;
import org.gillab.model.object.Convert;
import org.gillab.model.object.Errno;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.Slots;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The select module (Modules/selectmodule.c): select.select over the model's sockets, waiting on a
 * Java selector with the GIL released, as CPython's select(2) call is. Objects in the lists are
 * sockets or anything whose fileno() is a socket's; the model's files are always ready, as regular
 * files are for select(2).
 */
final class SelectModule {
    private SelectModule() {}

    static PyModule create(InterpreterState interp) {
        return new PyModule("select", true)
                .add("error", PyErrors.OS_ERROR)
                .function("select", SelectModule::select);
    }

    /** select(rlist, wlist, xlist[, timeout]): the three lists of those ready, in the order given. */
    private static PyObject select(Args args) {
        args.expectPositional("select", 3, 4);
        ThreadState ts = args.thread();
        long millis = -1;
        if (args.size() == 4 && args.get(3) != PyNone.NONE) {
            PyObject t = args.get(3);
            double seconds = t instanceof PyFloat f ? f.value : Convert.toLong(t, "select");
            if (seconds < 0) {
                throw PyErrors.valueError("timeout must be non-negative");
            }
            millis = (long) Math.ceil(seconds * 1000);
        }
        List<List<PyObject>> lists = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                lists.add(Ops.toList(ts, args.get(i)));
            }
            return ready(ts, lists, millis);
        } finally {
            lists.forEach(list -> list.forEach(ts::decref));
        }
    }

    private static PyObject ready(ThreadState ts, List<List<PyObject>> lists, long millis) {
        int[] readOps = {SelectionKey.OP_READ | SelectionKey.OP_ACCEPT, SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT, 0};
        Map<SelectableChannel, Integer> interest = new IdentityHashMap<>();
        List<List<SelectableChannel>> channels = new ArrayList<>();
        boolean anyReady = false;
        for (int i = 0; i < 3; i++) {
            List<SelectableChannel> row = new ArrayList<>();
            for (PyObject o : lists.get(i)) {
                SelectableChannel c = channelOf(ts, o);
                row.add(c);
                if (c == null) {
                    anyReady |= i < 2 && !(o instanceof SocketModule.Sock);
                } else if (i < 2) {
                    interest.merge(c, readOps[i] & c.validOps(), (a, b) -> a | b);
                }
            }
            channels.add(row);
        }
        long wait = anyReady ? 0 : millis;
        Map<SelectableChannel, Integer> readyOps = waitReady(ts, interest, wait);
        PyObject[] results = new PyObject[3];
        for (int i = 0; i < 3; i++) {
            PyList out = new PyList(ts);
            List<PyObject> given = lists.get(i);
            for (int j = 0; j < given.size(); j++) {
                SelectableChannel c = channels.get(i).get(j);
                boolean ready = c == null ? i < 2 && !(given.get(j) instanceof SocketModule.Sock)
                        : (readyOps.getOrDefault(c, 0) & readOps[i]) != 0;
                if (ready) {
                    out.append(ts, given.get(j));
                }
            }
            results[i] = out;
        }
        return new PyTuple(ts, results);
    }

    /** Waits (without the GIL) until one of the channels is ready for what it is registered for; the ready ops of each. */
    private static Map<SelectableChannel, Integer> waitReady(ThreadState ts, Map<SelectableChannel, Integer> interest, long millis) {
        InterpreterState interp = (InterpreterState) ts.invoker();
        long deadline = millis < 0 ? Long.MAX_VALUE : System.currentTimeMillis() + millis;
        try {
            return interp.allowThreads(ts, () -> {
                try (Selector selector = Selector.open()) {
                    for (Map.Entry<SelectableChannel, Integer> e : interest.entrySet()) {
                        e.getKey().register(selector, e.getValue());
                    }
                    while (true) {
                        long left = deadline - System.currentTimeMillis();
                        int n = millis == 0 || left <= 0 ? selector.selectNow()
                                : selector.select(millis < 0 ? 0 : left);
                        if (Thread.interrupted()) {
                            throw new InterruptedException();
                        }
                        if (n > 0 || millis == 0 || System.currentTimeMillis() >= deadline) {
                            Map<SelectableChannel, Integer> ready = new IdentityHashMap<>();
                            for (SelectionKey key : selector.selectedKeys()) {
                                ready.put(key.channel(), key.readyOps());
                            }
                            return ready;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException | java.nio.channels.ClosedSelectorException e) {
            throw PyErrors.osError(Errno.EBADF, null);
        }
    }

    /** The channel of a socket (or of the socket whose fileno() {@code o} gives); null for a file or an unconnected socket. */
    private static SelectableChannel channelOf(ThreadState ts, PyObject o) {
        if (o instanceof SocketModule.Sock s) {
            if (s.closed) {
                throw PyErrors.valueError("file descriptor cannot be a negative integer (-1)");
            }
            SelectableChannel c = s.channel();
            return c instanceof SocketChannel sc && !sc.isConnected() && !sc.isConnectionPending() ? null : c;
        }
        PyObject fileno = o instanceof PyInt ? ts.newRef(o) : Slots.callOptional(ts, o, "fileno");
        if (fileno == null) {
            throw PyErrors.typeError("argument must be an int, or have a fileno() method.");
        }
        try {
            long fd = Convert.toLong(fileno, "select");
            if (fd < 0) {
                throw PyErrors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
            }
            SocketModule.Sock s = SocketModule.byDescriptor((int) fd);
            return s == null ? null : channelOf(ts, s);
        } finally {
            ts.decref(fileno);
        }
    }
}
