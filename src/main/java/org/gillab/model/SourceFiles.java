package org.gillab.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gillab.model.compile.CompileError;

/** Reads a program's source as CPython's tokenizer does: UTF-8, or a SyntaxError naming the first bad byte (PEP 263). */
final class SourceFiles {
    private SourceFiles() {}

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int i = 0;
            for (; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                } else if ((bytes[i] & 0x80) != 0 && !validUtf8At(bytes, i)) {
                    break;
                }
            }
            String where = WorkingDirectory.resolve(file).normalize().toString();
            throw CompileError.ofFile(where, "Non-UTF-8 code starting with '\\x"
                    + String.format("%02x", bytes[Math.min(i, bytes.length - 1)] & 0xFF) + "' in file " + where + " on line "
                    + line + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
        }
    }

    /** Whether a valid UTF-8 sequence starts at {@code i}. */
    private static boolean validUtf8At(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
        if (length == 0 || i + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
