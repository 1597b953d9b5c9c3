package org.gillab.model.object;

/**
 * Marks the types whose objects the cycle collector looks at (a type with Py_TPFLAGS_HAVE_GC): the
 * containers through which users build reference cycles. Their constructors put each new object on the
 * collector's list ({@link ThreadState#trackContainer}, PyObject_GC_Track). Their {@link PyObject#traverse} must visit exactly the references
 * they own, as tp_traverse must; a container without the mark is only ever a root to the collector,
 * never freed by it, which is safe.
 */
public interface GcContainer {
}
