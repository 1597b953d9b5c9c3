package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gillab.testing.CPython311;

/**
 * Our disassembly beside python3.11's dis, both normalised so that what may differ without changing
 * what runs does not count: byte offsets (ours are instruction indexes) and CACHE entries, jump targets
 * (numbered by instruction), 3.11's forward/backward jump opnames (POP_JUMP_FORWARD_IF_FALSE is our
 * POP_JUMP_IF_FALSE: the model's jumps are absolute), jump arguments, EXTENDED_ARG (the model's arguments
 * have 24 bits), the "&gt;&gt;" marks, KW_NAMES' argument text, LOAD_CONST's index (the constants' order) and the addresses in code objects' reprs. Every code object of the module is listed,
 * depth first, with its exception table.
 */
final class CPythonDis {
    private CPythonDis() {}

    private static final String SEPARATOR = "\u241e";
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^\\s*(\\d+)?\\s+(?:>>)?\\s*(\\d+) ([A-Z_]+)(?:\\s+(-?\\d+))?(?:\\s+\\((.*)\\))?\\s*$");
    private static final Pattern HANDLER = Pattern.compile("^\\s+(\\d+) to (\\d+) -> (\\d+) \\[(\\d+)\\]( lasti)?$");
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-f]+");

    /** Lists every code object of each source, as python3.11 compiles it (normalised); skips without CPython 3.11. */
    static List<String> cpython(List<String> sources) throws Exception {
        assumeTrue(CPython311.executable() != null, "no CPython 3.11 on this machine: disassembly not compared");
        String script = """
                import dis, sys
                def walk(code):
                    print('code', code.co_name, code.co_firstlineno)
                    print(dis.Bytecode(code).dis(), end='')
                    for c in code.co_consts:
                        if hasattr(c, 'co_code'):
                            walk(c)
                for src in sys.stdin.read().split('%s'):
                    walk(compile(src, 't.py', 'exec'))
                    print('%s')
                """.formatted(SEPARATOR, SEPARATOR);
        Process p = new ProcessBuilder(CPython311.executable(), "-c", script).redirectErrorStream(true).start();
        p.getOutputStream().write(String.join(SEPARATOR, sources).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python3.11 could not disassemble the sources:\n" + out);
        }
        List<String> listings = new ArrayList<>();
        for (String listing : out.split(SEPARATOR + "\n", -1)) {
            listings.add(normalize(listing));
        }
        return listings.subList(0, sources.size());
    }

    /** Every code object of the source as the model compiles it (normalised). */
    static String model(String source) {
        StringBuilder out = new StringBuilder();
        walk(Compiler.compile(source, "t.py"), out);
        return normalize(out.toString());
    }

    private static void walk(CodeObject code, StringBuilder out) {
        out.append("code ").append(code.name()).append(' ').append(code.firstLine()).append('\n');
        out.append(Disassembler.listing(code));
        for (Object constant : code.constants()) {
            if (constant instanceof CodeObject inner) {
                walk(inner, out);
            }
        }
    }

    /** Asserts that the model compiles each source as python3.11 does (normalised). */
    static void assertSameBytecode(List<String> sources) throws Exception {
        List<String> expected = cpython(sources);
        for (int i = 0; i < sources.size(); i++) {
            assertEquals(expected.get(i), model(sources.get(i)), sources.get(i));
        }
    }

    /** The listing with offsets replaced by instruction numbers and the differences that do not matter removed. */
    static String normalize(String listing) {
        StringBuilder out = new StringBuilder();
        List<String[]> code = new ArrayList<>();
        List<String[]> handlers = new ArrayList<>();
        for (String line : (listing + "\ncode").lines().toList()) {
            Matcher insn = INSTRUCTION.matcher(line);
            Matcher handler = HANDLER.matcher(line);
            if (line.startsWith("code")) {
                flush(code, handlers, out);
                if (line.length() > 4) {
                    out.append(line).append('\n');
                }
            } else if (insn.matches()) {
                code.add(new String[] {insn.group(1), insn.group(2), insn.group(3), insn.group(4), insn.group(5)});
            } else if (handler.matches()) {
                handlers.add(new String[] {handler.group(1), handler.group(2), handler.group(3), handler.group(4),
                    handler.group(5) == null ? "" : " lasti"});
            }
        }
        return out.toString();
    }

    /** Writes one code object's instructions and exception table, offsets as instruction numbers. */
    private static void flush(List<String[]> code, List<String[]> handlers, StringBuilder out) {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            number.put(code.get(i)[1], i);
        }
        for (String[] insn : code) {
            if (insn[2].equals("EXTENDED_ARG")) {
                continue; // the model's arguments have 24 bits
            }
            String opname = insn[2].replaceFirst("^POP_JUMP_(?:FORWARD|BACKWARD)_IF_", "POP_JUMP_IF_");
            String argrepr = insn[4];
            String arg = insn[3] == null ? "" : " " + insn[3];
            if (argrepr != null && argrepr.startsWith("to ")) {
                argrepr = "to #" + number.get(argrepr.substring(3));
                arg = "";
            } else if (opname.equals("KW_NAMES")) {
                argrepr = null;
            } else if (opname.equals("LOAD_CONST")) {
                arg = ""; // co_consts order: CPython's optimizer appends the tuples it folds
                argrepr = ADDRESS.matcher(argrepr).replaceAll("");
            } else if (argrepr != null) {
                argrepr = ADDRESS.matcher(argrepr).replaceAll("");
            }
            out.append(insn[0] == null ? "" : insn[0]).append('\t').append(opname).append(arg)
                    .append(argrepr == null || argrepr.isEmpty() ? "" : " (" + argrepr + ")").append('\n');
        }
        for (String[] h : handlers) {
            out.append("  #").append(number.get(h[0])).append(" to #").append(number.get(h[1])).append(" -> #")
                    .append(number.get(h[2])).append(" [").append(h[3]).append(']').append(h[4]).append('\n');
        }
        code.clear();
        handlers.clear();
    }
}
