package org.gillab.cli;

import java.util.Arrays;

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
              render [--out DIR] [--timeout S] [NOTEBOOK...]
                                       execute notebooks and write shareable HTML
              lab [--port P] [--no-browser] [NOTEBOOK_DIR]
                                       install the kernel and open the notebooks in JupyterLab
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
            case "run" -> RunCommand.run(rest);
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
}
