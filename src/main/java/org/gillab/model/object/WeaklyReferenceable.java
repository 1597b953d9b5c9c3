package org.gillab.model.object;

/**
 * A built-in type written in Java whose instances weakref.ref accepts (a non-zero tp_weaklistoffset in
 * CPython: functools.partial's). Classes and instances of class statements need no marker.
 */
public interface WeaklyReferenceable {}
