package org.gillab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "lab" sub-command: installs the kernelspec for the user and opens the notebooks in JupyterLab, or
 * in the classic Notebook when JupyterLab is not installed. Jupyter runs in the foreground with our
 * stdin, stdout and stderr, and we exit with its exit code.
 */
final class LabCommand {
    static final String USAGE = """
            usage: java -jar gil-lab.jar lab [--port P] [--no-browser] [NOTEBOOK_DIR]
              installs the gil-lab kernel for the user, then starts JupyterLab (or the classic Notebook)
              on NOTEBOOK_DIR (default: notebooks/ of this checkout)
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
        Optional<FrontEnd> frontEnd = FrontEnd.find();
        if (frontEnd.isEmpty()) {
            System.err.println("gil-lab lab: neither JupyterLab (jupyter-lab) nor the classic Notebook"
                    + " (jupyter-notebook) was found on PATH.");
            System.err.println(INSTALL_HINT);
            return 1;
        }
        System.out.println("Starting " + frontEnd.get().title + " on " + options.notebookDir
                + " (Ctrl-C stops it)");
        try {
            return ForegroundProcess.run(frontEnd.get().command(options));
        } catch (IOException e) {
            System.err.println("gil-lab lab: could not start " + frontEnd.get().executable + ": " + e.getMessage());
            return 1;
        }
    }

    /** JupyterLab if installed, else the classic Notebook; both accept the same options we pass. */
    private record FrontEnd(String title, Path executable) {
        static Optional<FrontEnd> find() {
            return Executables.onPath("jupyter-lab").map(path -> new FrontEnd("JupyterLab", path))
                    .or(() -> Executables.onPath("jupyter-notebook").map(path -> new FrontEnd("the classic Notebook", path)));
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

    private record Options(Integer port, boolean noBrowser, Path notebookDir, boolean help) {
        static Options parse(String[] args) {
            Integer port = null;
            boolean noBrowser = false;
            Path notebookDir = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    return new Options(null, false, null, true);
                } else if (arg.equals("--no-browser")) {
                    noBrowser = true;
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
            return new Options(port, noBrowser, notebookDir != null ? notebookDir : ProjectLayout.notebooks(), false);
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
