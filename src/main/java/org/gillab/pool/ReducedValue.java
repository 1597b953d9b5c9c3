package org.gillab.pool;

import java.util.List;

/**
 * An object as pickle sends what its {@code __reduce_ex__} returns: a callable (a function or class,
 * by name) and the arguments that make the object, then the items a list or dict subclass holds
 * (null for none; dict items as key-value tuples) and the state its {@code __setstate__} or
 * {@code __dict__} takes (null for none). copyreg.__newobj__ as the callable makes an instance
 * without calling {@code __init__}, as pickle's NEWOBJ does.
 */
record ReducedValue(Object callable, List<Object> args, Object state, List<Object> listItems, List<Object> dictItems) {}
