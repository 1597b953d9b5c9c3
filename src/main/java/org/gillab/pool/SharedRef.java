package org.gillab.pool;

/**
 * An object shared between processes (a Queue, a Lock, a Value...) as it travels: the id under which
 * the parent process, its owner, keeps it in {@link SharedObjects}. CPython passes such objects to a
 * child by inheritance (file descriptors, semaphores, shared memory); the model passes their id and
 * the child reaches the object through the parent.
 */
record SharedRef(long id) {}
