package org.gillab.display;

import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Rich output from a notebook cell, as IPython.display has it. The kernel imports these methods statically
 * in every cell, so no import is needed.
 * <ul>
 *   <li>{@code html(..)}, {@code markdown(..)}, {@code svg(..)}, {@code png(..)}, {@code json(..)} and
 *       {@code latex(..)} make display values (like IPython's HTML, Markdown, SVG, Image, JSON, Latex):
 *       a value shows when it is the cell's value, or when it is passed to {@code display};</li>
 *   <li>{@code display(x)} shows any value now, with every representation its renderer gives, and returns
 *       a {@link DisplayHandle} whose {@code update(y)} replaces that output in place
 *       ({@code updateDisplay(handle, y)} or {@code updateDisplay(handle.id(), y)} do the same).</li>
 * </ul>
 */
public final class Display {
    private static volatile Supplier<DisplaySink> sinkLookup = () -> null;

    private Display() {}

    /**
     * Lets the kernel say where bundles go: the lookup is asked on every call, from the calling thread,
     * and returns that thread's cell sink, or null when no cell is running there.
     *
     * @return the lookup installed before
     */
    public static synchronized Supplier<DisplaySink> installSinkLookup(Supplier<DisplaySink> lookup) {
        Supplier<DisplaySink> previous = sinkLookup;
        sinkLookup = Objects.requireNonNull(lookup, "lookup");
        return previous;
    }

    /** Shows {@code value} with every representation its renderer gives (see {@link Renderers}). */
    public static DisplayHandle display(Object value) {
        return show(Renderers.render(value));
    }

    /**
     * Shows {@code value} with only the given MIME types (text/plain is always kept). A type its renderer
     * does not give comes from the value's natural form: a String's text for any type, so
     * {@code display("<b>hi</b>", "text/html")} shows bold text; the JSON form of a Map, collection, array,
     * record or bean for application/json and the other JSON types.
     */
    public static DisplayHandle display(Object value, String... mimeTypes) {
        return show(restrict(Renderers.render(value), value, mimeTypes));
    }

    /** Replaces the output that {@code display(..)} returned {@code handle} for with {@code value}'s rendering. */
    public static void updateDisplay(DisplayHandle handle, Object value) {
        Objects.requireNonNull(handle, "updateDisplay needs the handle that display(...) returned");
        updateDisplay(handle.id(), value);
    }

    /** Replaces the output shown under {@code displayId} (a {@link DisplayHandle#id()}) with {@code value}'s rendering. */
    public static void updateDisplay(String displayId, Object value) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay needs the handle that display(...) returned, or its id()");
        }
        MimeBundle bundle = Renderers.render(value);
        DisplaySink sink = sinkLookup.get();
        if (sink == null) {
            System.out.println(bundle.plainText());
        } else {
            sink.update(bundle, displayId);
        }
    }

    /** HTML, shown as such (IPython's HTML). */
    public static MimeBundle html(String html) {
        return MimeBundle.text(html).with("text/html", html);
    }

    /** Markdown, rendered by the front end (IPython's Markdown). */
    public static MimeBundle markdown(String markdown) {
        return MimeBundle.text(markdown).with("text/markdown", markdown);
    }

    /** An SVG image from its XML text (IPython's SVG). */
    public static MimeBundle svg(String svg) {
        return MimeBundle.text("[SVG image]").with("image/svg+xml", svg);
    }

    /** A PNG image from the file's bytes (IPython's Image with format="png"). */
    public static MimeBundle png(byte[] png) {
        Objects.requireNonNull(png, "png bytes");
        return MimeBundle.text("[PNG image, " + png.length + " bytes]")
                .with("image/png", Base64.getEncoder().encodeToString(png));
    }

    /** A Map, List, array, record or bean as application/json: a front end's JSON tree (IPython's JSON). */
    public static MimeBundle json(Object value) {
        return MimeBundle.text(String.valueOf(value)).with("application/json", JsonForm.of(value));
    }

    /** LaTeX, typeset by the front end, e.g. {@code latex("$$\\sum_{i=1}^n i$$")} (IPython's Latex). */
    public static MimeBundle latex(String latex) {
        return MimeBundle.text(latex).with("text/latex", latex);
    }

    private static MimeBundle restrict(MimeBundle full, Object value, String... mimeTypes) {
        MimeBundle kept = MimeBundle.text(full.plainText());
        for (String type : mimeTypes) {
            if (type == null || !type.matches("[\\w.+-]+/[\\w.+-]+")) {
                throw new IllegalArgumentException("'" + type + "' is not a MIME type such as text/html;"
                        + " display(x, types...) shows x with only these types");
            }
            Object data = full.data().get(type);
            if (data == null) {
                data = naturalForm(value, type, full);
            }
            kept.with(type, data);
            Object metadata = full.metadata().get(type);
            if (metadata != null) {
                kept.withMetadata(type, metadata);
            }
        }
        return kept;
    }

    /** The value itself as {@code type}, when that needs no renderer: a String's text, or a JSON form. */
    private static Object naturalForm(Object value, String type, MimeBundle full) {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (JsonForm.isJsonType(type) && !(value instanceof MimeBundle)) {
            return JsonForm.of(value);
        }
        String what = value == null ? "null" : "a " + value.getClass().getName();
        throw new IllegalArgumentException("no " + type + " representation for " + what + "; it has "
                + full.data().keySet() + " (register a renderer with Renderers.register to add one)");
    }

    private static DisplayHandle show(MimeBundle bundle) {
        String displayId = UUID.randomUUID().toString();
        DisplaySink sink = sinkLookup.get();
        if (sink == null) {
            System.out.println(bundle.plainText());
        } else {
            sink.show(bundle, displayId);
        }
        return new DisplayHandle(displayId);
    }
}
