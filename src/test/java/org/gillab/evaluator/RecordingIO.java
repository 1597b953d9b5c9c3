package org.gillab.evaluator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gillab.display.MimeBundle;

/** A front end that keeps what a cell sent and lets a test wait for a piece of output. */
final class RecordingIO implements CellIO {
    record Shown(MimeBundle bundle, String displayId, boolean update) {}

    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final List<Shown> displays = new ArrayList<>();
    private final String input;

    RecordingIO(String input) {
        this.input = input;
    }

    RecordingIO() {
        this(null);
    }

    @Override
    public synchronized void stream(String name, String text) {
        (name.equals("stdout") ? stdout : stderr).append(text);
        notifyAll();
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId, boolean update) {
        displays.add(new Shown(bundle, displayId, update));
    }

    @Override
    public String input(String prompt, boolean password) throws IOException {
        if (input == null) {
            throw new IOException("no input here");
        }
        return input;
    }

    synchronized String stdout() {
        return stdout.toString();
    }

    synchronized String stderr() {
        return stderr.toString();
    }

    synchronized List<Shown> displays() {
        return List.copyOf(displays);
    }

    /** Waits until stdout holds {@code text}. */
    synchronized void awaitStdout(String text) throws InterruptedException {
        while (!stdout.toString().contains(text)) {
            wait();
        }
    }
}
