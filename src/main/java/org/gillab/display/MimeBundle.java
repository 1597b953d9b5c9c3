package org.gillab.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a front end shows for one value: data keyed by MIME type plus per-type metadata, as carried by
 * Jupyter's display_data, update_display_data and execute_result messages. Text types hold a String,
 * JSON types ({@code application/json}, {@code application/vnd.plotly.v1+json}, ...) a Map or List,
 * binary images a base64 String. Every bundle carries {@code text/plain}.
 */
public final class MimeBundle {
    public static final String TEXT = "text/plain";

    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();

    private MimeBundle(String plainText) {
        data.put(TEXT, plainText);
    }

    /** A bundle whose only representation is the given plain text. */
    public static MimeBundle text(String plainText) {
        return new MimeBundle(plainText == null ? "null" : plainText);
    }

    /** Adds (or replaces) the representation for one MIME type; returns this bundle. */
    public MimeBundle with(String mimeType, Object value) {
        if (mimeType == null || mimeType.isBlank()) {
            throw new IllegalArgumentException("a MIME type is required, e.g. \"text/html\"");
        }
        data.put(mimeType, value);
        return this;
    }

    /** Adds metadata for one MIME type (e.g. width and height of an image); returns this bundle. */
    public MimeBundle withMetadata(String mimeType, Object value) {
        metadata.put(mimeType, value);
        return this;
    }

    /** The representations, in insertion order, text/plain first. */
    public Map<String, Object> data() {
        return Collections.unmodifiableMap(data);
    }

    public Map<String, Object> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    /** The text/plain representation. */
    public String plainText() {
        return String.valueOf(data.get(TEXT));
    }

    @Override
    public String toString() {
        return plainText();
    }
}
