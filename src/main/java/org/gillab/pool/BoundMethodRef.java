package org.gillab.pool;

/**
 * A bound method as pickle sends it (method.__reduce__ in Objects/classobject.c): the object it is
 * bound to, sent as any value is, and the method's name; the receiver looks the name up on the object.
 */
record BoundMethodRef(Object self, String name) {}
