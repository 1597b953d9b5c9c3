package org.gillab.cli;

import java.nio.file.Path;
import org.gillab.protocol.KernelServer;

/** The "kernel" sub-command: what kernel.json starts, with the connection file Jupyter wrote. */
final class KernelCommand {
    private KernelCommand() {}

    static int run(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java -jar gil-lab.jar kernel CONNECTION_FILE");
            return 2;
        }
        return KernelServer.run(Path.of(args[0]));
    }
}
