package org.gillab.lab;

/** Text put into HTML by the lab's renderers. */
final class Html {
    private Html() {}

    /** The text as HTML character data or a double-quoted attribute value. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
