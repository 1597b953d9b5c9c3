package org.gillab.model.lib;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gillab.model.object.Args;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * The _queue module (Modules/_queuemodule.c): SimpleQueue, the unbounded FIFO queue whose put never
 * blocks and whose get waits without the GIL, and the Empty exception the queue module raises. The
 * other queues (Queue, LifoQueue, PriorityQueue) are Python, in queue.py, as CPython's are.
 */
final class QueueModule {
    private QueueModule() {}

    /** queue.Empty: raised by a get that does not wait, or whose timeout passes. */
    static final PyType EMPTY = PyType.builder("Empty").base(PyErrors.EXCEPTION).subclassable()
            .attribute("__module__", PyStr.constant("_queue"))
            .attribute("__doc__", PyStr.constant("Exception raised by Queue.get(block=0)/get_nowait()."))
            .build();

    private static final PyType SIMPLE_QUEUE = PyType.builder("_queue.SimpleQueue")
            .newInstance((cls, args) -> {
                if (args.size() + args.keywordNames().size() > 0) {
                    throw PyErrors.typeError("SimpleQueue() takes no arguments");
                }
                return new SimpleQueue(args.thread(), cls);
            })
            .method("put", (self, args) -> {
                PyObject[] a = args.bind("put", 1, "item", "block", "timeout");
                ((SimpleQueue) self).put(args.thread(), a[0]);
                return PyNone.NONE;
            })
            .method("put_nowait", (self, args) -> {
                PyObject[] a = args.bind("put_nowait", 1, "item");
                ((SimpleQueue) self).put(args.thread(), a[0]);
                return PyNone.NONE;
            })
            .method("get", (self, args) -> {
                PyObject[] a = args.bind("get", 0, "block", "timeout");
                boolean block = a[0] == null || a[0].truthy();
                return ((SimpleQueue) self).get(args, block, a[1] == null ? PyNone.NONE : a[1]);
            })
            .method("get_nowait", (self, args) -> {
                args.expectPositional("get_nowait", 0, 0);
                return ((SimpleQueue) self).get(args, false, PyNone.NONE);
            })
            .method("empty", (self, args) -> PyBool.of(((SimpleQueue) self).items.isEmpty()))
            .method("qsize", (self, args) -> PyInt.of(args.thread(), ((SimpleQueue) self).items.size()))
            .build();

    static PyModule create(InterpreterState interp) {
        return new PyModule("_queue", true)
                .add("SimpleQueue", SIMPLE_QUEUE)
                .add("Empty", EMPTY);
    }

    /** A SimpleQueue: owns a reference to each item it holds, handed to the thread that gets it. */
    private static final class SimpleQueue extends PyInstance {
        final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

        SimpleQueue(ThreadState ts, PyType type) {
            super(ts, type);
        }

        void put(ThreadState ts, PyObject item) {
            items.add(ts.newRef(item));
        }

        /** The next item; waiting (without the GIL) if {@code block}, for at most {@code timeout} seconds unless None. */
        PyObject get(Args args, boolean block, PyObject timeout) {
            long nanos = -1;
            if (block && timeout != PyNone.NONE) {
                nanos = Timeouts.nanos(timeout);
                if (nanos < 0) {
                    throw PyErrors.valueError("'timeout' must be a non-negative number");
                }
            }
            PyObject item = items.poll();
            if (item == null && block) {
                InterpreterState interp = (InterpreterState) args.thread().invoker();
                if (nanos < 0) {
                    item = interp.allowThreads(args.thread(), items::take);
                } else {
                    long deadline = System.nanoTime() + nanos;
                    item = interp.allowThreads(args.thread(), () -> items.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
                }
            }
            if (item == null) {
                throw PyErrors.raiseEmpty(EMPTY);
            }
            return item;
        }

        @Override
        protected void release(ThreadState ts) {
            for (PyObject item = items.poll(); item != null; item = items.poll()) {
                ts.decref(item);
            }
            super.release(ts);
        }

        @Override
        public void traverse(Consumer<PyObject> visit) {
            items.forEach(visit);
            super.traverse(visit);
        }
    }
}
