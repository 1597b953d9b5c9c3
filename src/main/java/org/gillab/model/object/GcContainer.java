package org.gillab.model.object;

/**
 * Marks the types whose objects the cycle collector looks at (a type with Py_TPFLAGS_HAVE_GC, whose
 * objects PyObject_GC_Track puts on the collector's list when they are made): the containers through
 * which users build reference cycles. Their {@link PyObject#traverse} must visit exactly the references
 * they own, as tp_traverse must; a container without the mark is only ever a root to the collector,
 * never freed by it, which is safe.
 */
public interface GcContainer {
}
