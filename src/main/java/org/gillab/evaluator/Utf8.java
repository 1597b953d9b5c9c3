package org.gillab.evaluator;

/** UTF-8 facts needed to cut a byte stream into text without splitting a character. */
final class Utf8 {
    private Utf8() {}

    /** How many leading bytes form whole characters: a trailing, unfinished multi-byte sequence is left out. */
    static int completePrefixLength(byte[] bytes) {
        int end = bytes.length;
        // A character is at most 4 bytes, so only the last 3 can start an unfinished one.
        for (int i = end - 1; i >= Math.max(0, end - 3); i--) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                return end;                       // ASCII: everything up to here is whole
            }
            if (b >= 0xC0) {                      // lead byte: is its sequence complete?
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return end - i >= needed ? end : i;
            }
        }
        return end;
    }
}
