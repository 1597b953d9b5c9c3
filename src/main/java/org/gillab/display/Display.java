package org.gillab.display;

import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Rich output from a notebook cell. The kernel imports these methods statically in every cell, so
 * {@code display(table)}, {@code html("<b>hi</b>")} or {@code markdown("# Title")} work without imports.
 * Every method returns the display id of the output it created, for {@link #updateDisplay}; the kernel
 * never echoes that id as the cell's result.
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
    public static String display(Object value) {
        return show(Renderers.render(value));
    }

    /**
     * Shows {@code value} with only the given MIME types (text/plain is always kept). A type the
     * renderer does not give is filled with the value's text when the value is a String, so
     * {@code display("<b>hi</b>", "text/html")} shows bold text.
     */
    public static String display(Object value, String... mimeTypes) {
        return show(restrict(Renderers.render(value), value, mimeTypes));
    }

    /** Replaces the output created under {@code displayId} with {@code value}'s rendering. */
    public static void updateDisplay(String displayId, Object value) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay needs the id that display(...) returned");
        }
        MimeBundle bundle = Renderers.render(value);
        DisplaySink sink = sinkLookup.get();
        if (sink == null) {
            System.out.println(bundle.plainText());
        } else {
            sink.update(bundle, displayId);
        }
    }

    public static String html(String html) {
        return show(MimeBundle.text(html).with("text/html", html));
    }

    public static String markdown(String markdown) {
        return show(MimeBundle.text(markdown).with("text/markdown", markdown));
    }

    public static String svg(String svg) {
        return show(MimeBundle.text("[SVG image]").with("image/svg+xml", svg));
    }

    public static String png(byte[] png) {
        Objects.requireNonNull(png, "png bytes");
        return show(MimeBundle.text("[PNG image, " + png.length + " bytes]")
                .with("image/png", Base64.getEncoder().encodeToString(png)));
    }

    /** Shows a Map, List, String, number or boolean as application/json (a front end's JSON tree). */
    public static String json(Object json) {
        return show(MimeBundle.text(String.valueOf(json)).with("application/json", json));
    }

    private static MimeBundle restrict(MimeBundle full, Object value, String... mimeTypes) {
        MimeBundle kept = MimeBundle.text(full.plainText());
        for (String type : mimeTypes) {
            Object data = full.data().get(type);
            if (data == null && value instanceof CharSequence text) {
                data = text.toString();
            }
            if (data == null) {
                throw new IllegalArgumentException("no " + type + " representation for a "
                        + value.getClass().getName() + "; it has " + full.data().keySet()
                        + " (register a renderer with Renderers.register to add one)");
            }
            kept.with(type, data);
            Object metadata = full.metadata().get(type);
            if (metadata != null) {
                kept.withMetadata(type, metadata);
            }
        }
        return kept;
    }

    private static String show(MimeBundle bundle) {
        String displayId = UUID.randomUUID().toString();
        DisplaySink sink = sinkLookup.get();
        if (sink == null) {
            System.out.println(bundle.plainText());
        } else {
            sink.show(bundle, displayId);
        }
        return displayId;
    }
}
