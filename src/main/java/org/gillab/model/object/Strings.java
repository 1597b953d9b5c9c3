package org.gillab.model.object;

/** repr() of strings and containers, as Objects/unicodeobject.c and listobject.c print them. */
final class Strings {
    private Strings() {}

    static String joinRepr(String open, PyObject[] items, int size, String close) {
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(items[i].repr());
        }
        return out.append(close).toString();
    }
}
