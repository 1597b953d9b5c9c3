package org.gillab.cli;

import java.nio.file.Path;
import org.gillab.protocol.KernelServer;

/** The "kernel" sub-command: what kernel.json starts, with the connection file Jupyter wrote. */
final class KernelCommand {
    static final String TRAINING_RUN = "--training-run";

    private KernelCommand() {}

    static int run(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -jar gil-lab.jar kernel CONNECTION_FILE");
            System.err.println("       java -jar gil-lab.jar kernel " + TRAINING_RUN
                    + "   a scripted session, what install runs to make the class-data archive");
            return 2;
        }
        return args[0].equals(TRAINING_RUN) ? TrainingRun.run() : KernelServer.run(Path.of(args[0]));
    }
}
