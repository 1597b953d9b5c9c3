package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library compiled at build time ({@link CompileAll}) and the format it is kept in ({@link Marshal}). */
class MarshalTest {
    private static final Path LIBRARY = Path.of("src/main/resources/org/gillab/model/lib");

    private static byte[] builtCache(String module) throws IOException {
        try (InputStream in = MarshalTest.class.getResourceAsStream("/org/gillab/model/lib/" + Marshal.cacheFromSource(module))) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static String source(String module) throws IOException {
        return Files.readString(LIBRARY.resolve(module), StandardCharsets.UTF_8);
    }

    @Test
    void everyLibraryModuleHasCompiledCodeOfItsCurrentSource() throws IOException {
        List<String> modules;
        try (Stream<Path> files = Files.walk(LIBRARY)) {
            modules = files.filter(f -> f.toString().endsWith(".py")).map(f -> LIBRARY.relativize(f).toString()).toList();
        }
        assertTrue(modules.size() > 100, modules.toString());
        for (String module : modules) {
            byte[] cache = builtCache(module);
            assertNotNull(cache, "no compiled code for " + module + ": the build runs CompileAll (mvn process-classes)");
            CodeObject code = Marshal.load(cache, source(module), "/gil-lab/lib/" + module);
            assertNotNull(code, module + " changed since it was compiled: run mvn process-classes");
            assertEquals("/gil-lab/lib/" + module, code.filename());
        }
    }

    @Test
    void loadingGivesBackWhatTheCompilerMade() throws IOException {
        for (String module : List.of("threading.py", "multiprocessing/pool.py", "pickle.py", "decimal.py")) {
            String source = source(module);
            byte[] compiled = Marshal.dump(Compiler.compile(source, module), source);
            assertArrayEquals(compiled, builtCache(module), module);
            assertArrayEquals(compiled, Marshal.dump(Marshal.load(compiled, source, module), source), module);
        }
    }

    @Test
    void codeOfAnotherSourceIsNotLoaded() {
        String source = "x = 1\n";
        byte[] compiled = Marshal.dump(Compiler.compile(source, "m.py"), source);
        assertNotNull(Marshal.load(compiled, source, "m.py"));
        assertNull(Marshal.load(compiled, "x = 2\n", "m.py"), "same length, another text");
        assertNull(Marshal.load(java.util.Arrays.copyOf(compiled, compiled.length / 2), source, "m.py"), "a truncated file");
    }

    @Test
    void constantsOfEveryKindComeBack() {
        String source = "a = (1, 2**100, 2.5, 3j, b'\\x00', 'caf\\xe9 \\ud800', ..., None, True, False, ('t',))\n"
                + "def f(x=-1):\n    return x\n";
        byte[] compiled = Marshal.dump(Compiler.compile(source, "m.py"), source);
        CodeObject loaded = Marshal.load(compiled, source, "m.py");
        assertEquals(Disassembler.dis(Compiler.compile(source, "m.py")), Disassembler.dis(loaded));
        assertArrayEquals(compiled, Marshal.dump(loaded, source));
    }

    @Test
    void aCodeObjectAloneComesBackUnderTheFilenameGiven() {
        CodeObject function = (CodeObject) Compiler.compile("def f(x, *, y=2):\n    return [x + i for i in range(y)]\n", "m.py")
                .constants().stream().filter(c -> c instanceof CodeObject).findFirst().orElseThrow();
        byte[] dumped = Marshal.dumpCode(function);
        assertEquals(Disassembler.dis(function), Disassembler.dis(Marshal.loadCode(dumped, "m.py")));
        assertEquals("/elsewhere/m.py", Marshal.loadCode(dumped, "/elsewhere/m.py").filename());
    }
}
