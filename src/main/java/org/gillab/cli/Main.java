package org.gillab.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import sun.misc.Signal;

/** Entry point of gil-lab.jar: dispatches to the sub-commands. */
public final class Main {
    private Main() {}

    static final String USAGE = """
            usage: java -jar gil-lab.jar COMMAND [ARGS...]
              kernel CONNECTION_FILE   run the Jupyter kernel (what kernel.json starts)
              install [--user | --sys-prefix | --prefix DIR] [--name NAME]
                                       install the kernelspec
              run [OPTIONS] FILE.py [ARGS...]
                                       run a Python program on the locked interpreter model
              render [--out DIR] [--timeout S] [-p NAME VALUE]... [--parameters FILE] [NOTEBOOK...]
                                       execute notebooks (with parameters) and write shareable HTML
              lab [--classic] [--port P] [--no-browser] [--install-only] [NOTEBOOK_DIR]
                                       install the kernel and open the notebooks in JupyterLab
                                       (installed once into a venv of ours where there is none)
            """;

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status = switch (args[0]) {
            case "kernel" -> KernelCommand.run(rest);
            case "install" -> InstallCommand.run(rest);
            case "run" -> run(rest);
            case "render" -> RenderCommand.run(rest);
            case "lab" -> LabCommand.run(rest);
            case "-h", "--help", "help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("gil-lab: unknown command '" + args[0] + "'");
                System.err.print(USAGE);
                yield 2;
            }
        };
        System.exit(status);
    }

    /** "run", in a JVM with the serial collector (see {@link SerialCollector}). */
    private static int run(String[] args) {
        Optional<List<String>> relaunch = SerialCollector.relaunchCommand();
        if (relaunch.isPresent()) {
            // Ctrl-C reaches the relaunched JVM too, which turns it into KeyboardInterrupt
            try {
                return ForegroundProcess.run(relaunch.get());
            } catch (IOException e) {
                System.err.println("gil-lab run: cannot start " + relaunch.get().get(0) + ": " + e.getMessage());
                return 1;
            }
        }
        SerialCollector.exitWithLauncher();
        // Ctrl-C is KeyboardInterrupt in the main thread, as in CPython: a traceback, then exit status 130
        Thread main = Thread.currentThread();
        Signal.handle(new Signal("INT"), signal -> main.interrupt());
        return RunCommand.run(args);
    }
}
