package org.gillab.cli;

/** The "render" sub-command. */
final class RenderCommand {
    private RenderCommand() {}

    static int run(String[] args) {
        System.err.println("gil-lab render: not implemented yet");
        return 2;
    }
}
