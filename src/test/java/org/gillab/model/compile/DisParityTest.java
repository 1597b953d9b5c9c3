package org.gillab.model.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gillab.testing.CPython311;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed's programs compiled by the model against CPython 3.11's own {@code dis}: each NAME.py in
 * src/test/resources/py has a NAME.vs-cpython listing, the two compilers' instructions aligned ("  " in
 * both, "- " CPython only, "+ " the model only), every difference marked with a "#" comment saying why it
 * is there. Both shapes are written in dis_shape.py's form: offsets, CACHE entries and the numbers behind
 * an argument's meaning are left out.
 *
 * <p>A change to the compiler shows here as a changed listing, written to target/golden/NAME.vs-cpython:
 * review it, copy it over, and give each new difference its comment.
 */
class DisParityTest {
    private static final Path GOLDEN = Path.of("target", "golden");
    /** One instruction line of {@link Disassembler#dis}: line, jump target mark, index, opname, arg, meaning. */
    private static final Pattern INSTRUCTION =
            Pattern.compile("^(.{3}) {5}(>>|  ) +(\\d+) (\\w+)(?: +(\\d+))?(?: \\((.*)\\))?$");
    private static final Pattern CODE_OBJECT = Pattern.compile("<code object (\\S+), file .*>");

    /** The model's side of the listing is its bytecode: checked with or without a CPython at hand. */
    @ParameterizedTest
    @ValueSource(strings = {"seed_threads", "seed_pool", "seed_asyncio", "seed_agen"})
    void theModelCompilesToItsSideOfTheListing(String name) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : listing(name)) {
            if (!line.startsWith("- ")) {
                expected.add(line.substring(2));
            }
        }
        List<String> model = modelShape(name);
        if (!expected.equals(model)) {
            write(name + ".model", model);
        }
        assertEquals(String.join("\n", expected), String.join("\n", model),
                "the model's bytecode changed; its shape is in " + GOLDEN.resolve(name + ".model"));
    }

    /** The whole alignment, against the machine's CPython 3.11 (skipped where it has none). */
    @ParameterizedTest
    @ValueSource(strings = {"seed_threads", "seed_pool", "seed_asyncio", "seed_agen"})
    void theListingIsCPythonsDisBesideTheModels(String name) throws Exception {
        List<String> aligned = align(cpythonShape(name), modelShape(name));
        if (!aligned.equals(listing(name))) {
            write(name + ".vs-cpython", aligned);
        }
        assertEquals(String.join("\n", listing(name)), String.join("\n", aligned), "a new alignment is in "
                + GOLDEN.resolve(name + ".vs-cpython") + ": copy it over, with a # comment above each difference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed_threads", "seed_pool", "seed_asyncio", "seed_agen"})
    void everyDifferenceSaysWhy(String name) throws IOException {
        List<String> lines = resource(name + ".vs-cpython").lines().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            boolean differs = lines.get(i).startsWith("- ") || lines.get(i).startsWith("+ ");
            boolean startsHunk = differs && (i == 0 || !(lines.get(i - 1).startsWith("- ") || lines.get(i - 1).startsWith("+ ")));
            if (startsHunk) {
                assertTrue(i > 0 && lines.get(i - 1).startsWith("#"),
                        name + ".vs-cpython: no # comment says why line " + (i + 1) + " differs: " + lines.get(i));
            }
        }
    }

    /** The stored alignment without its comments. */
    private static List<String> listing(String name) throws IOException {
        return resource(name + ".vs-cpython").lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The model's bytecode of NAME.py in dis_shape.py's form, read from the model's own dis listing. */
    static List<String> modelShape(String name) throws IOException {
        String dis = Disassembler.dis(Compiler.compile(resource(name + ".py"), name + ".py"));
        List<String> shape = new ArrayList<>();
        for (String section : dis.split("\nDisassembly of ")) {
            Matcher header = CODE_OBJECT.matcher(section.lines().findFirst().orElseThrow());
            shape.add("== " + (section.startsWith("<code object") && header.lookingAt() ? header.group(1) : "<module>"));
            List<Matcher> instructions = section.lines().map(INSTRUCTION::matcher).filter(Matcher::matches).toList();
            TreeSet<Integer> targets = new TreeSet<>();
            instructions.stream().filter(i -> i.group(6) != null && i.group(6).matches("to \\d+"))
                    .forEach(i -> targets.add(Integer.parseInt(i.group(6).substring(3))));
            for (Matcher instruction : instructions) {
                if (!instruction.group(1).isBlank()) {
                    shape.add("line " + instruction.group(1).strip());
                }
                int index = Integer.parseInt(instruction.group(3));
                if (targets.contains(index)) {
                    shape.add(label(targets, index) + ":");
                }
                shape.add(("  " + instruction.group(4) + " " + meaning(instruction, targets)).stripTrailing());
            }
        }
        return shape;
    }

    private static String meaning(Matcher instruction, TreeSet<Integer> targets) {
        String meaning = instruction.group(6);
        if (meaning == null) {
            return instruction.group(5) == null ? "" : instruction.group(5);
        }
        if (meaning.matches("to \\d+")) {
            return "to " + label(targets, Integer.parseInt(meaning.substring(3)));
        }
        Matcher code = CODE_OBJECT.matcher(meaning);
        return code.matches() ? "<code object " + code.group(1).replace(",", "") + ">" : meaning;
    }

    private static String label(TreeSet<Integer> targets, int index) {
        return "L" + (targets.headSet(index).size() + 1);
    }

    /** CPython's shape of NAME.py, from dis_shape.py run by CPython 3.11. */
    private static List<String> cpythonShape(String name) throws Exception {
        Path dir = Files.createTempDirectory("dis-parity");
        try {
            Path script = Files.writeString(dir.resolve("dis_shape.py"), resource("dis_shape.py"));
            Path program = Files.writeString(dir.resolve(name + ".py"), resource(name + ".py"));
            assumeTrue(CPython311.executable() != null,
                    "no CPython 3.11 on this machine: bytecode not compared with dis");
            String out = run(List.of(CPython311.executable(), script.toString(), program.toString()));
            assertTrue(out != null, "dis_shape.py failed");
            return out.lines().toList();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** A command's stdout, or null when it cannot start or fails. */
    private static String run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException notFound) {
            return null;
        }
    }

    /** The two shapes aligned on their longest common subsequence; CPython's lines first where they differ. */
    static List<String> align(List<String> cpython, List<String> model) {
        int[][] common = new int[cpython.size() + 1][model.size() + 1];
        for (int i = cpython.size() - 1; i >= 0; i--) {
            for (int j = model.size() - 1; j >= 0; j--) {
                common[i][j] = cpython.get(i).equals(model.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> aligned = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < cpython.size() || j < model.size()) {
            if (i < cpython.size() && j < model.size() && cpython.get(i).equals(model.get(j))) {
                aligned.add("  " + cpython.get(i++));
                j++;
            } else if (j == model.size() || (i < cpython.size() && common[i + 1][j] >= common[i][j + 1])) {
                aligned.add("- " + cpython.get(i++));
            } else {
                aligned.add("+ " + model.get(j++));
            }
        }
        return aligned;
    }

    private static void write(String file, List<String> lines) throws IOException {
        Files.createDirectories(GOLDEN);
        Files.writeString(GOLDEN.resolve(file), String.join("\n", lines) + "\n");
    }

    private static String resource(String name) throws IOException {
        return MangledSourceTest.resource(name);
    }
}
