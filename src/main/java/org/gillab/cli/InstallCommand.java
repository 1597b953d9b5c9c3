package org.gillab.cli;

/** The "install" sub-command. */
final class InstallCommand {
    private InstallCommand() {}

    static int run(String[] args) {
        System.err.println("gil-lab install: not implemented yet");
        return 2;
    }
}
