package org.gillab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JupyterLab in a venv of our own, for machines whose Jupyter has none (Debian packages only the classic
 * Notebook): made once, with the python3 on PATH and pip, and used by {@code lab} from then on. It lives
 * in the user's data directory ({@code $XDG_DATA_HOME/gil-lab/jupyterlab}, by default
 * {@code ~/.local/share/gil-lab/jupyterlab}): per user, so no root is needed; outside the checkout, so
 * {@code mvn clean} or a second checkout does not install it again; and outside Jupyter's own data
 * directory, whose layout is Jupyter's.
 * <p>
 * pip is pointed only at the local indexes ({@code file://}) that its configuration names when there are
 * any: it would otherwise also try the default remote index, which offline means minutes of retries.
 * Without them, the remote index is used when pip reaches it within a few seconds, else the local
 * find-links directories of pip's configuration alone, else JupyterLab cannot be installed.
 */
final class JupyterLabVenv {
    /** Written once pip has installed JupyterLab: a venv without it is an interrupted install, resumed next time. */
    private static final String INSTALLED_MARKER = "gil-lab-installed";
    private static final String PACKAGE = "jupyterlab";
    private static final int PROBE_SECONDS = 5;
    private static final Pattern CONFIG_LINE = Pattern.compile("^(\\S+?)='(.*)'$", Pattern.MULTILINE);

    /** Why JupyterLab cannot be installed here, in words for the user. */
    static final class CannotInstall extends Exception {
        CannotInstall(String message) {
            super(message);
        }
    }

    private final Path dir;

    JupyterLabVenv(Path dir) {
        this.dir = dir;
    }

    static JupyterLabVenv forUser(JupyterDirs dirs) {
        return new JupyterLabVenv(dirs.xdgDataHome().resolve("gil-lab").resolve("jupyterlab"));
    }

    Path dir() {
        return dir;
    }

    Path jupyterLab() {
        return dir.resolve("bin").resolve("jupyter-lab");
    }

    boolean isInstalled() {
        return Files.isRegularFile(dir.resolve(INSTALLED_MARKER)) && Files.isExecutable(jupyterLab());
    }

    /**
     * Makes the venv and installs JupyterLab into it, showing one progress line.
     *
     * @return jupyter-lab
     * @throws CannotInstall when there is no python3, no venv module, no reachable package index, or pip failed
     */
    Path install(PrintStream out) throws CannotInstall, IOException {
        Path pip = dir.resolve("bin").resolve("pip");
        if (!Files.isExecutable(pip)) {
            Path python = Executables.onPath("python3")
                    .orElseThrow(() -> new CannotInstall("there is no python3 on PATH to make a venv with"));
            out.println("Making a venv for JupyterLab in " + dir + " ...");
            Files.createDirectories(dir.getParent());
            Run venv = Run.of(List.of(python.toString(), "-m", "venv", dir.toString()));
            if (venv.status != 0) {
                throw new CannotInstall(python + " -m venv failed (on Debian: apt-get install python3-venv): " + venv.lastLine());
            }
        }
        String config = Run.of(List.of(pip.toString(), "config", "list")).output;
        List<String> sources = localIndexes(config);
        if (sources.isEmpty()) {
            Run probe = Run.of(List.of(pip.toString(), "index", "versions", PACKAGE, "--disable-pip-version-check",
                    "--timeout", String.valueOf(PROBE_SECONDS), "--retries", "0"));
            if (probe.status != 0) {
                sources = localFindLinks(config);
                if (sources.isEmpty()) {
                    throw new CannotInstall("pip reaches no package index with " + PACKAGE + " (" + probe.lastLine()
                            + "), and its configuration (pip config list) names no local one");
                }
            }
        }
        List<String> command = new ArrayList<>(List.of(pip.toString(), "install", "--disable-pip-version-check",
                "--progress-bar", "off"));
        command.addAll(sources);
        command.add(PACKAGE);
        Path log = dir.resolve("pip-install.log");
        int status = new PipProgress(out, dir).run(command, log);
        if (status != 0 || !Files.isExecutable(jupyterLab())) {
            throw new CannotInstall("pip could not install JupyterLab (exit status " + status + "); its output is in " + log);
        }
        Files.writeString(dir.resolve(INSTALLED_MARKER), String.join(" ", command) + "\n");
        return jupyterLab();
    }

    /**
     * pip's options that point it only at the local (file://) indexes its configuration names, in the output
     * of {@code pip config list}; none when there are none.
     */
    static List<String> localIndexes(String pipConfigList) {
        List<String> indexes = configured(pipConfigList, "index-url").stream().filter(url -> url.startsWith("file://")).toList();
        List<String> options = new ArrayList<>();
        if (!indexes.isEmpty()) {
            options.addAll(List.of("--index-url", indexes.get(0)));
            indexes.subList(1, indexes.size()).forEach(url -> options.addAll(List.of("--extra-index-url", url)));
        }
        return options;
    }

    /** pip's options for installing from the local find-links directories of its configuration alone; none when there are none. */
    static List<String> localFindLinks(String pipConfigList) {
        List<String> options = new ArrayList<>();
        configured(pipConfigList, "find-links").stream().filter(JupyterLabVenv::isLocal)
                .forEach(links -> options.addAll(List.of("--find-links", links)));
        if (!options.isEmpty()) {
            options.add(0, "--no-index");
        }
        return options;
    }

    /** The values of every setting whose name ends with {@code key} (index-url, extra-index-url, ...), each once. */
    private static List<String> configured(String pipConfigList, String key) {
        List<String> values = new ArrayList<>();
        Matcher line = CONFIG_LINE.matcher(pipConfigList);
        while (line.find()) {
            if (line.group(1).endsWith(key)) {
                for (String value : line.group(2).split("\\s+")) {
                    if (!value.isEmpty() && !values.contains(value)) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private static boolean isLocal(String location) {
        return location.startsWith("file://") || !location.contains("://");
    }

    /** A short command's exit status and output (stdout and stderr together). */
    private record Run(int status, String output) {
        static Run of(List<String> command) throws IOException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                return new Run(process.waitFor(), output);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                return new Run(130, output);
            }
        }

        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    /**
     * Runs pip install, its output to a log, and shows how far it got on one line that redraws itself in a
     * terminal every second (packages found, then being installed, and the time so far); elsewhere a line
     * at the start and one at the end.
     */
    private static final class PipProgress {
        private final PrintStream out;
        private final Path dir;
        private final boolean terminal = stdoutIsTerminal();
        private final long started = System.nanoTime();
        private String phase = "looking for packages";
        private int shownLength;

        PipProgress(PrintStream out, Path dir) {
            this.out = out;
            this.dir = dir;
        }

        int run(List<String> command, Path log) throws IOException {
            out.println("Installing JupyterLab into " + dir + " (once; about a minute from a local package store) ...");
            Process pip = new ProcessBuilder(command).redirectErrorStream(true).start();
            pip.getOutputStream().close();
            Runtime.getRuntime().addShutdownHook(new Thread(pip::destroy, "stop pip"));  // if we are ended first
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "pip progress");
                thread.setDaemon(true);
                return thread;
            });
            if (terminal) {
                ticker.scheduleAtFixedRate(this::redraw, 0, 1, TimeUnit.SECONDS);
            }
            int found = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(pip.getInputStream(), StandardCharsets.UTF_8));
                 PrintStream logFile = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    logFile.println(line);
                    if (line.startsWith("Collecting ") || line.startsWith("Processing ")) {
                        phase(++found + " packages found");
                    } else if (line.startsWith("Installing collected packages:")) {
                        phase("installing " + line.split(",").length + " packages");
                    }
                }
                int status = pip.waitFor();
                ticker.shutdownNow();
                ticker.awaitTermination(1, TimeUnit.SECONDS);  // no redraw after the last line
                finish(status == 0 ? "installed JupyterLab" : "pip failed");
                return status;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pip.destroy();
                return 130;
            } finally {
                ticker.shutdownNow();
            }
        }

        private synchronized void phase(String now) {
            phase = now;
        }

        /** Draws the line again, in place, blanking what a longer line before it left. */
        private synchronized void redraw() {
            String line = line();
            out.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
            out.flush();
            shownLength = line.length();
        }

        private synchronized void finish(String what) {
            phase = what;
            if (terminal) {
                redraw();
                out.println();
            } else {
                out.println(line());
            }
        }

        private String line() {
            return String.format(Locale.ROOT, "  %s, %d s", phase, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        }
    }

    /**
     * Whether our stdout is a terminal, where a line can redraw itself. Before JDK 22 System.console() is
     * null otherwise; from 22 on it is not, and Console.isTerminal() (absent from 17) says.
     */
    private static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
