package org.gillab.protocol;

import java.util.List;
import java.util.Map;

/**
 * One Jupyter message: the routing identities, the four JSON parts and binary buffers. The JSON parts
 * are kept as plain maps so a parent header goes back exactly as the front end sent it.
 */
record Message(List<byte[]> identities, Map<String, Object> header, Map<String, Object> parentHeader,
               Map<String, Object> metadata, Map<String, Object> content, List<byte[]> buffers) {

    String type() {
        return String.valueOf(header.get("msg_type"));
    }

    /** A field of the content, or {@code fallback} when it is absent or null. */
    @SuppressWarnings("unchecked")
    <T> T get(String field, T fallback) {
        Object value = content.get(field);
        return value == null ? fallback : (T) value;
    }
}
