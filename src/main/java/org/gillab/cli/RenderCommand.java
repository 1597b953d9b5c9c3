package org.gillab.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The "render" sub-command: executes notebooks with the gil-lab kernel through Jupyter's nbconvert and
 * writes, for each, the executed .ipynb and a self-contained HTML file to share, and an index.html of
 * them all. Parameters given with -p or --parameters go into each notebook the way papermill puts them
 * (see {@link NotebookParameters}); all are checked before anything runs. The kernelspec goes to a
 * private temporary Jupyter data directory that points at this very jar and java, so rendering needs
 * no prior "install" and never uses a stale kernel. Our environment is passed on to the kernel, so
 * GILLAB_COUNT and GILLAB_REPEATS (see org.gillab.lab.Params) make the runs small.
 */
final class RenderCommand {
    static final String USAGE = """
            usage: java -jar gil-lab.jar render [--out DIR] [--timeout S] [-p NAME VALUE]... [--parameters FILE]
                                                [NOTEBOOK...]
              executes each NOTEBOOK (default: notebooks/*.ipynb) and writes DIR/NAME.ipynb (with outputs)
              and DIR/NAME.html (charts interactive offline), and DIR/index.html listing them with their
              first charts; DIR defaults to target/rendered.
              --timeout S          a cell running longer than S seconds fails its notebook (default 1200)
              -p NAME VALUE        give a parameter a value, as papermill does: a cell tagged injected-parameters,
                                   after the cell tagged parameters, declares NAME again with VALUE, e.g.
                                   -p workers 3, -p intervals "[0.5, 5]"; each notebook takes the ones it declares
              --parameters FILE    parameters from a .json or .yaml file of names and values (-p wins)
              GILLAB_COUNT=N in the environment runs the countdowns smaller than the notebooks' defaults.
            """;
    private static final String KERNEL_NAME = "gil-lab";
    private static final String INSTALL_HINT = """
            Install it, then run this command again:
              Debian/Ubuntu:  sudo apt-get install jupyter-nbconvert python3-nbclient
              pip:            pip install nbconvert""";

    private RenderCommand() {}

    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab render: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (options.help) {
            System.out.print(USAGE);
            return 0;
        }
        Path nbconvert = Executables.onPath("jupyter-nbconvert").orElse(null);
        if (nbconvert == null) {
            System.err.println("gil-lab render: Jupyter's nbconvert (jupyter-nbconvert) was not found on PATH.");
            System.err.println(INSTALL_HINT);
            return 1;
        }
        List<Job> jobs;
        try {
            jobs = Job.prepare(options.notebooks, options.parameters);
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab render: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("gil-lab render: " + e.getMessage());
            return 1;
        }
        try {
            Path jupyterData = privateKernelspec();
            if (jupyterData == null) {
                return 1;
            }
            Files.createDirectories(options.out);
            Renderer renderer = new Renderer(nbconvert, jupyterData, options);
            RenderIndex index = new RenderIndex();
            int failed = 0;
            for (Job job : jobs) {
                Notebook executed = renderer.render(job);
                if (executed == null) {
                    failed++;
                }
                index.add(new RenderIndex.Entry(job.notebook.name(), executed, job.parameters.declarations(), job.injected));
            }
            report(index.write(options.out));
            if (failed > 0) {
                System.err.println("gil-lab render: " + failed + " of " + options.notebooks.size() + " notebooks failed");
                return 1;
            }
            return 0;
        } catch (IOException e) {
            System.err.println("gil-lab render: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Installs the kernelspec under a fresh temporary prefix (removed when we exit) and returns the Jupyter
     * data directory to put first on JUPYTER_PATH, or null when the install failed (it said why).
     */
    private static Path privateKernelspec() throws IOException {
        Path prefix = Files.createTempDirectory("gil-lab-render-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(prefix), "delete-" + prefix.getFileName()));
        // no class-data archive: its training run (about 10 s) would cost more than it saves on a few kernel starts
        int installed = InstallCommand.run(new String[] {"--prefix", prefix.toString(), "--name", KERNEL_NAME, "--no-cds"});
        return installed == 0 ? prefix.resolve("share").resolve("jupyter") : null;
    }

    /**
     * One notebook to render, its parameters, and the literal of each one render sets in it (none when
     * no parameter given is one of its own).
     */
    private record Job(Notebook notebook, NotebookParameters parameters, Map<String, String> injected) {
        /**
         * Reads the notebooks and injects the parameters each declares.
         *
         * @throws IllegalArgumentException for a name no notebook declares, or a value not of its declared type
         */
        static List<Job> prepare(List<Path> paths, Map<String, Object> given) throws IOException {
            List<Job> jobs = new ArrayList<>();
            for (Path path : paths) {
                Notebook notebook = Notebook.read(path);
                jobs.add(new Job(notebook, NotebookParameters.of(notebook), Map.of()));
            }
            for (String name : given.keySet()) {
                if (jobs.stream().noneMatch(job -> job.parameters.declares(name))) {
                    throw new IllegalArgumentException("no parameter '" + name + "'" + (jobs.size() > 1 ? " in any notebook" : "")
                            + ": " + String.join("; ", jobs.stream().map(job -> job.parameters.describe()).toList()));
                }
            }
            List<Job> parameterized = new ArrayList<>();
            for (Job job : jobs) {
                Map<String, Object> own = new LinkedHashMap<>(given);
                own.keySet().removeIf(name -> !job.parameters.declares(name));
                parameterized.add(own.isEmpty() ? job : new Job(job.notebook, job.parameters, job.parameters.inject(own)));
            }
            return parameterized;
        }

        String describe() {
            return notebook.path() + (injected.isEmpty() ? "" : " with " + String.join(", ",
                    injected.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).toList()));
        }
    }

    /** Runs nbconvert twice per notebook (execute to .ipynb, then .ipynb to HTML), its output kept in a log. */
    private record Renderer(Path nbconvert, Path jupyterData, Options options) {
        /** @return the executed notebook, or null when it failed (render said why) */
        Notebook render(Job job) throws IOException {
            String name = job.notebook.name();
            Path out = options.out.toAbsolutePath();
            Path executed = options.out.resolve(name + ".ipynb");
            Path html = options.out.resolve(name + ".html");
            System.out.println("executing " + job.describe() + " ...");
            long started = System.nanoTime();
            // nbconvert reads the notebook, parameters injected, from stdin, and runs in the notebook's own
            // directory: the kernel starts there, as it does for the file itself, so relative paths still work
            Path input = job.injected.isEmpty() ? job.notebook.path() : job.notebook.writeTemporary();
            NbconvertRun execution;
            try {
                execution = run(job.notebook.path().toAbsolutePath().getParent(), input, "--stdin", "--to", "notebook", "--execute",
                        "--ExecutePreprocessor.kernel_name=" + KERNEL_NAME,
                        "--ExecutePreprocessor.timeout=" + options.timeoutSeconds,
                        "--output-dir", out.toString(), "--output", name);
            } finally {
                if (input != job.notebook.path()) {
                    Files.deleteIfExists(input);
                }
            }
            if (execution.status != 0) {
                System.err.println("gil-lab render: " + job.notebook.path() + " failed:");
                System.err.println(execution.failure());
                return null;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "executed %s in %.1f s%n", job.notebook.path(), seconds);
            report(executed);
            NbconvertRun conversion = run(out, null, "--to", "html", "--output-dir", out.toString(), executed.toAbsolutePath().toString());
            if (conversion.status != 0) {
                System.err.println("gil-lab render: converting " + executed + " to HTML failed:");
                System.err.println(conversion.log);
                return null;
            }
            report(html);
            return Notebook.read(executed);
        }

        /** @param stdin the file nbconvert reads as its standard input, or null */
        private NbconvertRun run(Path directory, Path stdin, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(nbconvert.toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            String inherited = System.getenv("JUPYTER_PATH");
            builder.environment().put("JUPYTER_PATH", inherited == null || inherited.isEmpty()
                    ? jupyterData.toString() : jupyterData + File.pathSeparator + inherited);
            Path log = Files.createTempFile("gil-lab-nbconvert-", ".log");
            try {
                Process process = builder.redirectOutput(log.toFile()).start();
                int status = waitFor(process);
                return new NbconvertRun(status, Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        }
    }

    /** What one nbconvert run printed, and how it ended. */
    private record NbconvertRun(int status, String log) {
        /**
         * nbclient's own account of the failure (CellExecutionError names the cell by its source and shows
         * its error; CellTimeoutError and DeadKernelError say what happened); otherwise what nbconvert and the
         * kernel printed, with Python's traceback of nbconvert itself shortened to its last line.
         */
        String failure() {
            int cellError = log.lastIndexOf("\nnbclient.exceptions.");
            if (cellError >= 0) {
                return log.substring(cellError + "\nnbclient.exceptions.".length()).strip();
            }
            int traceback = log.indexOf("Traceback (most recent call last):");
            if (traceback < 0) {
                return log.strip();
            }
            String[] lines = log.strip().split("\n");
            return log.substring(0, traceback) + lines[lines.length - 1];
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return 130;
        }
    }

    private static void report(Path file) throws IOException {
        System.out.println("wrote " + file + " (" + humanSize(Files.size(file)) + ")");
    }

    static String humanSize(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000
                ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("gil-lab render: could not delete " + root + ": " + e.getMessage());
        }
    }

    /** @param parameters from the parameters files in order, then from -p, a later value of a name winning */
    private record Options(Path out, int timeoutSeconds, List<Path> notebooks, Map<String, Object> parameters, boolean help) {
        static Options parse(String[] args) {
            Path out = Path.of("target", "rendered");
            int timeout = 1200;
            List<Path> notebooks = new ArrayList<>();
            Map<String, Object> files = new LinkedHashMap<>();
            Map<String, Object> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return new Options(null, 0, List.of(), Map.of(), true);
                } else if (arg.equals("--out")) {
                    out = Path.of(value(args, ++i, "--out needs a directory"));
                } else if (arg.equals("--timeout")) {
                    timeout = seconds(value(args, ++i, "--timeout needs a number of seconds"));
                } else if (arg.equals("-p")) {
                    String missing = arg + " needs a NAME and a VALUE, e.g. -p workers 3";
                    String name = value(args, ++i, missing);
                    given.put(name, value(args, ++i, missing));
                } else if (arg.equals("--parameters")) {
                    files.putAll(ParameterFile.read(Path.of(value(args, ++i, "--parameters needs a .json or .yaml file"))));
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option '" + arg + "'");
                } else {
                    notebooks.add(notebook(arg));
                }
            }
            files.putAll(given);
            return new Options(out, timeout, notebooks.isEmpty() ? allNotebooks() : notebooks, files, false);
        }

        private static String value(String[] args, int i, String missing) {
            if (i >= args.length) {
                throw new IllegalArgumentException(missing);
            }
            return args[i];
        }

        private static int seconds(String text) {
            try {
                int seconds = Integer.parseInt(text);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--timeout needs a whole number of seconds above 0, got '" + text + "'");
        }

        private static Path notebook(String arg) {
            Path path = Path.of(arg);
            if (!arg.endsWith(".ipynb")) {
                throw new IllegalArgumentException("'" + arg + "' is not a notebook: give NAME.ipynb files");
            }
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no notebook '" + arg + "' (from " + Path.of("").toAbsolutePath() + ")");
            }
            return path;
        }

        private static List<Path> allNotebooks() {
            Path directory = ProjectLayout.notebooks();
            try (Stream<Path> files = Files.list(directory)) {
                Path here = Path.of("").toAbsolutePath();
                List<Path> notebooks = files.filter(path -> path.toString().endsWith(".ipynb")).sorted()
                        .map(path -> path.startsWith(here) ? here.relativize(path) : path) // shorter to read
                        .toList();
                if (notebooks.isEmpty()) {
                    throw new IllegalArgumentException("no notebooks (*.ipynb) in " + directory);
                }
                return notebooks;
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list " + directory + ": " + e.getMessage());
            }
        }
    }
}
