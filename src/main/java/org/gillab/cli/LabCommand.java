package org.gillab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "lab" sub-command: installs the kernelspec for the user and opens the notebooks in JupyterLab. A
 * JupyterLab on PATH is used; otherwise the one of our own venv ({@link JupyterLabVenv}), installed the
 * first time with pip where a package index is reachable; otherwise, saying so, the classic Notebook,
 * which {@code --classic} asks for directly. Jupyter runs in the foreground with our stdin, stdout and
 * stderr, and we exit with its exit code.
 */
final class LabCommand {
    static final String USAGE = """
            usage: java -jar gil-lab.jar lab [--classic] [--port P] [--no-browser] [--install-only] [NOTEBOOK_DIR]
              installs the gil-lab kernel for the user, then starts JupyterLab on NOTEBOOK_DIR (default:
              notebooks/ of this checkout). Without jupyter-lab on PATH, JupyterLab is installed once with pip
              into a venv in ~/.local/share/gil-lab/jupyterlab ($XDG_DATA_HOME/gil-lab/jupyterlab), where
              pip reaches a package index; otherwise the classic Notebook starts.
              --classic        start the classic Notebook (jupyter-notebook) instead
              --install-only   install the kernel and, if needed, JupyterLab, say where Jupyter is, and exit
            """;
    private static final String INSTALL_HINT = """
            Install one of them, then run this command again:
              Debian/Ubuntu:  sudo apt-get install jupyter-notebook
              pip:            pip install jupyterlab
            The gil-lab kernel is installed, so any Jupyter front end you start yourself can use it.""";

    private LabCommand() {}

    static int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gil-lab lab: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        if (options.help) {
            System.out.print(USAGE);
            return 0;
        }
        int installed = InstallCommand.run(new String[] {"--user"});
        if (installed != 0) {
            return installed;
        }
        Optional<FrontEnd> frontEnd = options.classic ? FrontEnd.classic() : FrontEnd.jupyterLab().or(FrontEnd::classic);
        if (frontEnd.isEmpty()) {
            System.err.println("gil-lab lab: " + (options.classic ? "the classic Notebook (jupyter-notebook) was not found on PATH."
                    : "neither JupyterLab (jupyter-lab) nor the classic Notebook (jupyter-notebook) was found on PATH."));
            System.err.println(INSTALL_HINT);
            return 1;
        }
        if (options.installOnly) {
            System.out.println(frontEnd.get().title + ": " + frontEnd.get().executable);
            return 0;
        }
        System.out.println("Starting " + frontEnd.get().title + " on " + options.notebookDir + " (Ctrl-C stops it)");
        try {
            return ForegroundProcess.run(frontEnd.get().command(options));
        } catch (IOException e) {
            System.err.println("gil-lab lab: could not start " + frontEnd.get().executable + ": " + e.getMessage());
            return 1;
        }
    }

    /** JupyterLab or the classic Notebook; both accept the same options we pass. */
    private record FrontEnd(String title, Path executable) {
        /** jupyter-lab on PATH, else our venv's, installed now if it can be (else it says why not). */
        static Optional<FrontEnd> jupyterLab() {
            Optional<Path> onPath = Executables.onPath("jupyter-lab");
            if (onPath.isPresent()) {
                return onPath.map(path -> new FrontEnd("JupyterLab", path));
            }
            JupyterLabVenv venv = JupyterLabVenv.forUser(JupyterDirs.current());
            if (venv.isInstalled()) {
                return Optional.of(new FrontEnd("JupyterLab", venv.jupyterLab()));
            }
            String reason;
            try {
                return Optional.of(new FrontEnd("JupyterLab", venv.install(System.out)));
            } catch (JupyterLabVenv.CannotInstall e) {
                reason = e.getMessage();
            } catch (IOException e) {
                reason = "cannot write " + venv.dir() + ": " + e.getMessage();
            }
            System.out.println("JupyterLab is not installed, and cannot be installed here: " + reason + ".");
            System.out.println("Using the classic Notebook instead, where there is one (--classic asks for it directly).");
            return Optional.empty();
        }

        static Optional<FrontEnd> classic() {
            return Executables.onPath("jupyter-notebook").map(path -> new FrontEnd("the classic Notebook", path));
        }

        List<String> command(Options options) {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--notebook-dir=" + options.notebookDir));
            if (options.port != null) {
                command.add("--port=" + options.port);
            }
            if (options.noBrowser) {
                command.add("--no-browser");
            }
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("--allow-root"); // both servers refuse to run as root without it
            }
            return command;
        }
    }

    private record Options(Integer port, boolean noBrowser, boolean classic, boolean installOnly, Path notebookDir, boolean help) {
        static Options parse(String[] args) {
            Integer port = null;
            boolean noBrowser = false;
            boolean classic = false;
            boolean installOnly = false;
            Path notebookDir = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return new Options(null, false, false, false, null, true);
                } else if (arg.equals("--no-browser")) {
                    noBrowser = true;
                } else if (arg.equals("--classic")) {
                    classic = true;
                } else if (arg.equals("--install-only")) {
                    installOnly = true;
                } else if (arg.equals("--port") || arg.startsWith("--port=")) {
                    String value = arg.equals("--port") ? (++i < args.length ? args[i] : "") : arg.substring("--port=".length());
                    port = parsePort(value);
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option '" + arg + "'");
                } else if (notebookDir != null) {
                    throw new IllegalArgumentException("one NOTEBOOK_DIR at most, got '" + notebookDir + "' and '" + arg + "'");
                } else {
                    notebookDir = Path.of(arg).toAbsolutePath().normalize();
                    if (!Files.isDirectory(notebookDir)) {
                        throw new IllegalArgumentException("NOTEBOOK_DIR '" + arg + "' is not a directory");
                    }
                }
            }
            return new Options(port, noBrowser, classic, installOnly, notebookDir != null ? notebookDir : ProjectLayout.notebooks(), false);
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 1 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--port needs a number from 1 to 65535, got '" + value + "'");
        }
    }
}
