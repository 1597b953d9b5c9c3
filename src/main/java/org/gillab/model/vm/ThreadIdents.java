package org.gillab.model.vm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What {@code _thread.get_ident()} returns on each Java thread, shaped as CPython's (PyThread_get_thread_ident
 * in Python/thread_pthread.h): pthread_self(), the address of the thread's control block near the top of its
 * stack. So an ident is a large number (0x7f...), each new thread's stack lies 8 MiB and a guard page below
 * the last, and a thread that ended leaves its stack, and so its ident, to the next one started (glibc's stack
 * cache). Idents are per process, as CPython's are: every interpreter of this JVM shares them, and where the
 * stacks lie changes from run to run (address space layout randomisation).
 */
public final class ThreadIdents {
    /** glibc's default thread stack (8 MiB) and its guard page: the distance between two threads' idents. */
    private static final long STACK_SPACING = 0x801000;
    /** Where the first thread's control block lies: the main thread's, in the libraries' mappings. */
    private static final long MAIN = 0x7f0000000b80L + (ThreadLocalRandom.current().nextLong(0x1000) << 28);
    /** The control block of a thread glibc made, near the top of its stack. */
    private static final long STACK_TOP = MAIN - 0xe424c0;

    private static final ThreadLocal<Long> CURRENT = ThreadLocal.withInitial(ThreadIdents::forThreadNotStartedHere);
    /** Stacks of threads that ended, the latest first: glibc hands the most recently freed one out again. */
    private static final Deque<Long> freed = new ArrayDeque<>();
    private static long stacks;
    private static boolean mainTaken;

    private ThreadIdents() {}

    /** The calling thread's ident. */
    public static long current() {
        return CURRENT.get();
    }

    /** A new thread's ident, before it starts: start_new_thread returns it as pthread_create gives it. */
    static synchronized long take() {
        Long reused = freed.poll();
        return reused != null ? reused : STACK_TOP - STACK_SPACING * stacks++;
    }

    /** Makes {@code ident}, from {@link #take()}, the calling thread's: the first thing a new thread does. */
    static void adopt(long ident) {
        CURRENT.set(ident);
    }

    /** The calling thread, which {@link #adopt}ed its ident, ends: the next thread started takes its stack. */
    static synchronized void release() {
        freed.push(CURRENT.get());
        CURRENT.remove();
    }

    /** The first thread to ask is the process's main one; others (a kernel's, a pool worker's) had a stack each. */
    private static synchronized long forThreadNotStartedHere() {
        if (!mainTaken) {
            mainTaken = true;
            return MAIN;
        }
        return take();
    }
}
