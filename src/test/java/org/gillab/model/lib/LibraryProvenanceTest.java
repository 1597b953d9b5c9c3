package org.gillab.model.lib;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gillab.testing.CPython311;
import org.junit.jupiter.api.Test;

/**
 * The model's Python library is written for the model, not copied from CPython's Lib/: no file may
 * repeat more than {@link #DEFAULT_ALLOWANCE} consecutive lines of its namesake in the machine's CPython
 * 3.11 (lines compared without indentation, blank lines and comments left out), except the files listed
 * in provenance-allowances.txt, each with the run it still has (data tables, lines tracebacks print, and
 * passages not yet rewritten). The allowances only go down: one above what its file needs fails too, so
 * that the list stays true as files are rewritten.
 */
class LibraryProvenanceTest {
    private static final int DEFAULT_ALLOWANCE = 5;
    private static final Path LIBRARY = Path.of("src/main/resources/org/gillab/model/lib");

    @Test
    void noLibraryFileRepeatsMoreOfCPythonsThanItsAllowance() throws IOException, InterruptedException {
        assumeTrue(CPython311.executable() != null, "no CPython 3.11 on this machine: nothing to compare the library with");
        Path cpythonLib = cpythonLib();
        Map<String, Integer> allowances = allowances();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> checked = new TreeMap<>();
        try (Stream<Path> files = Files.walk(LIBRARY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                String name = LIBRARY.relativize(file).toString();
                Path theirs = cpythonLib.resolve(name);
                if (!Files.isRegularFile(theirs)) {
                    continue;
                }
                int run = longestSharedRun(lines(file), lines(theirs));
                int allowed = allowances.getOrDefault(name, DEFAULT_ALLOWANCE);
                checked.put(name, run);
                if (run > allowed) {
                    problems.add(name + ": " + run + " consecutive lines as in CPython's " + theirs + " (allowed: " + allowed
                            + "); write that passage in the model's own words");
                } else if (allowances.containsKey(name) && run < allowed) {
                    problems.add(name + ": now repeats at most " + run + " lines; lower its allowance in provenance-allowances.txt"
                            + (run <= DEFAULT_ALLOWANCE ? " (or drop it: the default is " + DEFAULT_ALLOWANCE + ")" : ""));
                }
            }
        }
        allowances.keySet().stream().filter(name -> !checked.containsKey(name))
                .forEach(name -> problems.add(name + " is in provenance-allowances.txt but not in the library (or CPython's): drop it"));
        assertTrue(checked.size() > 50, "only " + checked.size() + " library files have a namesake in " + cpythonLib);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The longest block of consecutive lines the two files share (longest common substring, over lines). */
    static int longestSharedRun(List<String> ours, List<String> theirs) {
        Map<String, List<Integer>> where = new HashMap<>();
        for (int j = 0; j < theirs.size(); j++) {
            where.computeIfAbsent(theirs.get(j), k -> new ArrayList<>()).add(j);
        }
        int best = 0;
        Map<Integer, Integer> previous = Map.of();
        for (String line : ours) {
            Map<Integer, Integer> current = new HashMap<>();
            for (int j : where.getOrDefault(line, List.of())) {
                int run = previous.getOrDefault(j - 1, 0) + 1;
                current.put(j, run);
                best = Math.max(best, run);
            }
            previous = current;
        }
        return best;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static Map<String, Integer> allowances() throws IOException {
        Map<String, Integer> allowances = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/provenance-allowances.txt"))) {
            String entry = line.replaceFirst("#.*", "").strip();
            if (!entry.isEmpty()) {
                String[] fields = entry.split("\\s+");
                allowances.put(fields[0], Integer.parseInt(fields[1]));
            }
        }
        return allowances;
    }

    private static Path cpythonLib() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(CPython311.executable(), "-c", "import os; print(os.path.dirname(os.__file__))")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 could not say where its Lib/ is: " + out);
        return Path.of(out);
    }
}
