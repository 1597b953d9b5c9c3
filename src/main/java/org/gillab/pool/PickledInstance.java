package org.gillab.pool;

import java.util.Map;

/**
 * An instance of a class defined at the top level of a module, as pickle sends it: the class by
 * name and the instance's {@code __dict__} by value; the receiver makes an instance of the class it
 * finds under that name without calling {@code __init__}.
 */
record PickledInstance(String module, String qualname, Map<String, Object> state) {}
