package org.gillab.model.lib;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.gillab.model.object.PyInstance;
import org.gillab.model.object.PyType;
import org.gillab.model.object.ThreadState;
import org.gillab.model.vm.InterpreterState;

/**
 * A compressor or decompressor object of _bz2 or _lzma: its work runs with the GIL released and the
 * object's lock held, as the ACQUIRE_LOCK / Py_BEGIN_ALLOW_THREADS pairs of Modules/_bz2module.c and
 * _lzmamodule.c do, so threads compress in parallel and one object shared by threads is used in turns.
 * Written for the model, not copied.
 */
abstract class CodecObject extends PyInstance {
    private final ReentrantLock lock = new ReentrantLock();

    CodecObject(ThreadState ts, PyType type) {
        super(ts, type);
    }

    <T> T locked(InterpreterState interp, ThreadState ts, Supplier<T> work) {
        return interp.allowThreads(ts, () -> {
            lock.lock();
            try {
                return work.get();
            } finally {
                lock.unlock();
            }
        });
    }
}
