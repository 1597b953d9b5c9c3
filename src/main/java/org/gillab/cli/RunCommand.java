package org.gillab.cli;

/** The "run" sub-command. */
final class RunCommand {
    private RunCommand() {}

    static int run(String[] args) {
        System.err.println("gil-lab run: not implemented yet");
        return 2;
    }
}
