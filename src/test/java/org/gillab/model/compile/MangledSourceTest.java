package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Whatever the input, the compiler returns a code object or throws CompileError: never anything else. */
class MangledSourceTest {
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "\"", "'", "\"\"\"", "f'{", "}", "\\", "\n", "\n    ", "\t",
        "#", "if", "else", "def", "for", "in", "while", "return", "break", "lambda", "not", "and", "*", "**",
        "0x", "1_", "1e", ".", "!r", "{x:", ";", "@", "->", "with", "as", "global", "del", "import", "from",
        ":=", "lambda", "yield", "class", "try", "...", "is", "not in", "=", "+=", "**=", " ", "x", "1", "-",
    };

    static String resource(String name) throws IOException {
        try (InputStream in = MangledSourceTest.class.getResourceAsStream("/py/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void compileOrCompileError(String source) {
        try {
            Compiler.compile(source, "mangled.py");
        } catch (CompileError e) {
            // an unexpected indent is the one error CPython shows without a caret (column -1)
            boolean caretless = e.detail().equals("unexpected indent");
            if (e.getMessage() == null || e.line() < 1 || e.column() < (caretless ? -1 : 0) || e.sourceLine() == null) {
                fail("incomplete CompileError for:\n" + abbreviated(source) + "\n" + e.getMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("not a CompileError for:\n" + abbreviated(source), e);
        }
    }

    private static String abbreviated(String source) {
        return source == null || source.length() < 300 ? source : source.substring(0, 300) + "...";
    }

    @Test
    void everyTruncationOfTheSamples() throws IOException {
        for (String name : List.of("seed_threads.py", "seed_pool.py", "features.py")) {
            String source = resource(name);
            for (int end = 0; end <= source.length(); end++) {
                compileOrCompileError(source.substring(0, end));
            }
        }
    }

    @Test
    void everySingleCharacterDeletionOfTheSamples() throws IOException {
        for (String name : List.of("seed_threads.py", "features.py")) {
            String source = resource(name);
            for (int i = 0; i < source.length(); i++) {
                compileOrCompileError(source.substring(0, i) + source.substring(i + 1));
            }
        }
    }

    @Test
    void randomInsertionsAndReplacements() throws IOException {
        Random random = new Random(42);
        String source = resource("features.py");
        for (int n = 0; n < 2000; n++) {
            StringBuilder mangled = new StringBuilder(source);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(mangled.length());
                int length = random.nextInt(4);
                String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                mangled.replace(at, Math.min(mangled.length(), at + length), fragment);
            }
            compileOrCompileError(mangled.toString());
        }
    }

    /** Run on a thread with the JVM's default thread stack, as the kernel's and the VM's threads have. */
    @Test
    void pathologicalNestingOnAnOrdinaryThreadStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                pathologicalNesting();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static void pathologicalNesting() {
        compileOrCompileError("x = " + "(".repeat(199) + "1" + ")".repeat(199));
        compileOrCompileError("x = " + "(".repeat(500) + "1" + ")".repeat(500));
        compileOrCompileError("x = " + "-".repeat(20_000) + "1");
        compileOrCompileError("x = " + "not ".repeat(20_000) + "1");
        compileOrCompileError("x = " + "[".repeat(199) + "]".repeat(199));
        compileOrCompileError("x = " + "f(".repeat(199) + ")".repeat(199));
        compileOrCompileError("x = " + "a if b else ".repeat(5000) + "c");
        compileOrCompileError("x = 1" + " + 1".repeat(20_000));
        compileOrCompileError("x = a" + ".b".repeat(20_000));
        compileOrCompileError("x = a" + "()".repeat(20_000));
        compileOrCompileError("x = 1" + " < 1".repeat(20_000));
        compileOrCompileError("x = 1" + " and 1".repeat(20_000));
        compileOrCompileError("x = 2" + " ** 2".repeat(20_000));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            deep.append("    ".repeat(i)).append("if x:\n");
        }
        compileOrCompileError(deep.append("    ".repeat(150)).append("pass\n").toString());
        compileOrCompileError("\0\u00ff\ud800 x");
        compileOrCompileError("");
        compileOrCompileError("\n\n   \n# only a comment");
        compileOrCompileError(null);
    }
}
