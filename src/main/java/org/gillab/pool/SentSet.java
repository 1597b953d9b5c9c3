package org.gillab.pool;

import java.util.List;

/**
 * A set or frozenset as pickle sends it: its items, rebuilt into a new set of the same kind by the
 * receiver (items, not a Java Set: Python's equality decides which of them are one).
 */
record SentSet(List<Object> items, boolean frozen) {}
