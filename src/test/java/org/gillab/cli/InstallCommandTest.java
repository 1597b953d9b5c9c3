package org.gillab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gillab.model.Interpreter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallCommandTest {
    @TempDir
    Path tmp;

    private Path jar;
    private final Path java = Path.of("/opt/jdk/bin/java");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aJar() throws IOException {
        jar = Files.createFile(tmp.resolve("gil-lab.jar"));
    }

    @Test
    void prefixInstallWritesKernelJsonAndLogos() throws IOException {
        Path prefix = tmp.resolve("prefix");
        assertEquals(0, install("--prefix", prefix.toString(), "--name", "gil-lab"), err::toString);

        Path dir = prefix.resolve("share/jupyter/kernels/gil-lab");
        JsonNode spec = new ObjectMapper().readTree(dir.resolve("kernel.json").toFile());
        assertEquals("Java (GIL Lab)", spec.get("display_name").asText());
        assertEquals("java", spec.get("language").asText());
        assertEquals("message", spec.get("interrupt_mode").asText());

        List<String> argv = new ArrayList<>();
        spec.get("argv").forEach(arg -> argv.add(arg.asText()));
        assertEquals(java.toString(), argv.get(0));
        assertEquals(List.of("-jar", jar.toString(), "kernel", "{connection_file}"), argv.subList(argv.size() - 4, argv.size()));
        assertFalse(argv.stream().anyMatch(arg -> arg.contains("TieredStopAtLevel")), "the model needs the full JIT: " + argv);

        for (String logo : KernelSpecInstaller.LOGOS) {
            assertArrayEquals(template(logo), Files.readAllBytes(dir.resolve(logo)), logo);
        }
        assertTrue(out.toString().contains("Installed kernelspec gil-lab in " + dir), out::toString);
        assertTrue(out.toString().contains("JUPYTER_PATH includes " + prefix.resolve("share/jupyter")), out::toString);
    }

    @Test
    void userInstallHonoursJupyterDataDirAndTheDisplayName() throws IOException {
        Path dataDir = tmp.resolve("data");
        JupyterDirs dirs = new JupyterDirs(Map.of("JUPYTER_DATA_DIR", dataDir.toString()), "Linux", ":");
        assertEquals(0, InstallCommand.run(new String[] {"--name", "jdk25", "--display-name", "Java 25 (GIL Lab)"},
                dirs, java, jar, print(out), print(err)), err::toString);

        JsonNode spec = new ObjectMapper().readTree(dataDir.resolve("kernels/jdk25/kernel.json").toFile());
        assertEquals("Java 25 (GIL Lab)", spec.get("display_name").asText());
    }

    @Test
    void aSecondInstallReplacesTheFirst() throws IOException {
        Path prefix = tmp.resolve("prefix");
        assertEquals(0, install("--prefix", prefix.toString(), "--display-name", "old"));
        assertEquals(0, install("--prefix", prefix.toString()));
        JsonNode spec = new ObjectMapper().readTree(prefix.resolve("share/jupyter/kernels/gil-lab/kernel.json").toFile());
        assertEquals("Java (GIL Lab)", spec.get("display_name").asText());
    }

    @Test
    void theRepositoryTemplateIsWhatIsInstalled() throws IOException {
        JsonNode template = new ObjectMapper().readTree(template("kernel.json"));
        JsonNode installed = KernelSpecInstaller.kernelJson(java, jar, null, List.of());
        assertEquals(template.get("argv").size() + Interpreter.JVM_OPTIONS.size(), installed.get("argv").size());
        for (String field : List.of("display_name", "language", "interrupt_mode", "env", "metadata")) {
            assertEquals(template.get(field), installed.get(field), field);
        }
    }

    @Test
    void theArchiveOptionsGoBetweenTheKernelsAndTheJar() {
        List<String> options = List.of("-XX:SharedArchiveFile=/k/gil-lab.jsa", "-Xlog:cds*=off");
        List<String> argv = new ArrayList<>();
        KernelSpecInstaller.kernelJson(java, jar, null, options).get("argv").forEach(arg -> argv.add(arg.asText()));

        List<String> template = KernelSpecInstaller.kernelJvmOptions();
        assertEquals(template, argv.subList(1, 1 + template.size()));
        assertEquals(options, argv.subList(1 + template.size(), 1 + template.size() + options.size()));
        assertEquals(List.of("-jar", jar.toString(), "kernel", "{connection_file}"), argv.subList(argv.size() - 4, argv.size()));
    }

    @Test
    void anArchiveTheJavaCannotStartWithIsNotUsed() throws IOException {
        // a java whose training run writes the archive, but which refuses to start with it
        Path java = Files.writeString(tmp.resolve("java"), """
                #!/bin/sh
                for arg in "$@"; do
                  case "$arg" in
                    -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) echo archive > "${arg#*=}"; exit 0 ;;
                  esac
                done
                echo "Unrecognized VM option" >&2
                exit 1
                """);
        assertTrue(java.toFile().setExecutable(true));
        Path prefix = tmp.resolve("prefix");
        assertEquals(0, InstallCommand.run(new String[] {"--prefix", prefix.toString()}, dirs(), java, jar, print(out), print(err)),
                err::toString);

        assertTrue(err.toString().contains("cannot start with it"), err::toString);
        assertKernelSpecWithoutArchive(prefix.resolve("share/jupyter/kernels/gil-lab"));
    }

    @Test
    void aFailedTrainingRunLeavesAKernelSpecWithoutArchive() throws IOException {
        // a real java on a jar that is no jar: the training run fails as it would on a broken build
        Path realJava = InstallCommand.javaExecutable();
        Path prefix = tmp.resolve("prefix");
        assertEquals(0, InstallCommand.run(new String[] {"--prefix", prefix.toString()}, dirs(), realJava, jar, print(out), print(err)),
                err::toString);

        assertTrue(err.toString().contains("no class-data archive, so the kernel will start more slowly"), err::toString);
        assertTrue(err.toString().contains("ended with status"), err::toString);
        assertKernelSpecWithoutArchive(prefix.resolve("share/jupyter/kernels/gil-lab"));
    }

    /** No archive file is left in the kernelspec, and kernel.json names none: the kernel starts, without it. */
    private static void assertKernelSpecWithoutArchive(Path dir) throws IOException {
        for (Path archive : ClassDataArchive.allIn(dir)) {
            assertFalse(Files.exists(archive), archive + " should not exist");
        }
        List<String> argv = new ArrayList<>();
        new ObjectMapper().readTree(dir.resolve("kernel.json").toFile()).get("argv").forEach(arg -> argv.add(arg.asText()));
        assertEquals(KernelSpecInstaller.kernelJvmOptions(), argv.subList(1, argv.size() - 4));
    }

    @Test
    void noCdsMakesNoArchiveAndKeepsNoOldOne() throws IOException {
        Path dir = tmp.resolve("prefix/share/jupyter/kernels/gil-lab");
        Files.createDirectories(dir);
        Path old = Files.writeString(ClassDataArchive.in(dir, 17).file(), "an archive of an earlier install");

        assertEquals(0, install("--prefix", tmp.resolve("prefix").toString(), "--no-cds"), err::toString);
        assertFalse(Files.exists(old), "the earlier archive belongs to another jar or java");
        assertFalse(out.toString().contains("class-data archive"), out::toString);
        assertEquals("", err.toString());
    }

    @Test
    void java25UsesAnAotCacheAndEarlierJavasACdsArchive() {
        Path dir = Path.of("/k");
        ClassDataArchive cds = ClassDataArchive.in(dir, 17);
        assertEquals(List.of("-XX:ArchiveClassesAtExit=/k/gil-lab.jsa"), cds.trainingOptions());
        assertTrue(cds.useOptions().contains("-XX:SharedArchiveFile=/k/gil-lab.jsa"), cds.useOptions()::toString);
        assertTrue(cds.useOptions().contains("-Xlog:cds*=off"), "a stale archive must not print a warning at every start");

        ClassDataArchive aot = ClassDataArchive.in(dir, 25);
        assertEquals(List.of("-XX:AOTCacheOutput=/k/gil-lab.aot"), aot.trainingOptions());
        assertEquals(List.of("-XX:AOTCache=/k/gil-lab.aot", "-Xlog:aot*=off,cds*=off"), aot.useOptions().subList(0, 2));
        for (ClassDataArchive archive : List.of(cds, aot)) {
            assertTrue(archive.useOptions().contains("-XX:ArchiveRelocationMode=0"), "relocating costs 100 ms of every start");
        }
        assertEquals(List.of(cds.file(), aot.file()), ClassDataArchive.allIn(dir));
    }

    @Test
    void theKernelRunsTheModelUnderItsJvmOptions() {
        List<String> argv = new ArrayList<>();
        KernelSpecInstaller.kernelJson(java, jar, null, List.of()).get("argv").forEach(arg -> argv.add(arg.asText()));
        assertEquals(Interpreter.JVM_OPTIONS, argv.subList(1, 1 + Interpreter.JVM_OPTIONS.size()));
    }

    @Test
    void javaFrom24OnAllowsSunMiscUnsafeSoNoDependencyWarnsAtEveryStart() {
        assertEquals(List.of(), KernelSpecInstaller.releaseOptions(17));
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), KernelSpecInstaller.releaseOptions(25));
    }

    @Test
    void theKernelLeavesClassDataSharingToTheJvmsDefault() {
        // -Xshare:auto is the default, and Java 25 refuses to start with it next to -XX:AOTCache
        assertFalse(KernelSpecInstaller.kernelJvmOptions().stream().anyMatch(option -> option.startsWith("-Xshare")));
    }

    @Test
    void runningFromClassesAsksForTheJar() {
        Path classes = tmp.resolve("classes");
        assertEquals(2, InstallCommand.run(new String[0], dirs(), java, classes, print(out), print(err)));
        assertTrue(err.toString().contains("build the jar first: mvn package"), err::toString);
    }

    @Test
    void badArgumentsPrintTheProblemAndTheUsage() {
        assertEquals(2, install("--prefix"));
        assertTrue(err.toString().contains("--prefix needs a DIR"), err::toString);
        assertTrue(err.toString().contains("usage: java -jar gil-lab.jar install"), err::toString);
    }

    @Test
    void helpExplainsSysPrefix() {
        assertEquals(0, install("--help"));
        assertTrue(out.toString().contains("of the `jupyter` found on PATH"), out::toString);
    }

    @Test
    void anUnwritableDestinationIsAClearError() throws IOException {
        Path file = Files.createFile(tmp.resolve("not-a-dir"));
        assertEquals(1, install("--prefix", file.toString()));
        assertTrue(err.toString().contains("cannot write the kernelspec in " + file.resolve("share/jupyter/kernels/gil-lab")),
                err::toString);
    }

    private int install(String... args) {
        return InstallCommand.run(args, dirs(), java, jar, print(out), print(err));
    }

    private JupyterDirs dirs() {
        return new JupyterDirs(Map.of("HOME", tmp.resolve("home").toString()), "Linux", ":");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static byte[] template(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("kernel", file))) {
            return in.readAllBytes();
        }
    }
}
