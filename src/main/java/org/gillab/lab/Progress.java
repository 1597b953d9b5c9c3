package org.gillab.lab;

import java.util.Locale;
import org.gillab.display.Display;
import org.gillab.display.DisplayHandle;
import org.gillab.display.MimeBundle;

/**
 * A progress bar that redraws itself in place in a notebook cell (display_data, then
 * update_display_data through its {@link DisplayHandle}). Outside a kernel, display() prints text/plain, so
 * each step becomes one line of text instead.
 */
final class Progress {
    private static final int BAR_WIDTH = 30;

    private final String title;
    private final int total;
    private final DisplayHandle bar;
    private int done;

    Progress(String title, int total) {
        this.title = title;
        this.total = total;
        this.bar = Display.display(bundle("starting"));
    }

    /** One more step is done; {@code what} says which. */
    void advance(String what) {
        done++;
        bar.update(bundle(what));
    }

    /** Marks the bar as stopped by an interrupt, keeping the count of steps done. */
    void interrupted() {
        bar.update(bundle("interrupted: the rows of the " + done + " runs done are kept"));
    }

    private MimeBundle bundle(String what) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        String text = String.format(Locale.ROOT, "%s [%s%s] %d/%d %s", title, "#".repeat(filled),
                "-".repeat(BAR_WIDTH - filled), done, total, what);
        String html = String.format(Locale.ROOT,
                "<div style=\"font-family:sans-serif;font-size:13px\">%s <progress value=\"%d\" max=\"%d\" "
                        + "style=\"width:240px;vertical-align:middle\"></progress> %d/%d <span style=\"color:#666\">%s</span></div>",
                Html.escape(title), done, total, done, total, Html.escape(what));
        return MimeBundle.text(text).with("text/html", html);
    }
}
