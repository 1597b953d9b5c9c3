package org.gillab.cli;

/** The "kernel" sub-command. */
final class KernelCommand {
    private KernelCommand() {}

    static int run(String[] args) {
        System.err.println("gil-lab kernel: not implemented yet");
        return 2;
    }
}
