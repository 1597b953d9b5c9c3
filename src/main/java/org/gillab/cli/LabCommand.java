package org.gillab.cli;

/** The "lab" sub-command. */
final class LabCommand {
    private LabCommand() {}

    static int run(String[] args) {
        System.err.println("gil-lab lab: not implemented yet");
        return 2;
    }
}
