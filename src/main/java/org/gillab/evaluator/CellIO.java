package org.gillab.evaluator;

import java.io.IOException;
import org.gillab.display.MimeBundle;

/**
 * What a running cell can reach of its front end; the kernel implements it for each execute request,
 * so every message it sends carries that request as parent. Called from any thread the cell started,
 * also after the cell ended.
 */
public interface CellIO {
    /** Sends text printed on {@code name} ("stdout" or "stderr"). */
    void stream(String name, String text);

    /** Sends a display_data message, or update_display_data when {@code update}. */
    void display(MimeBundle bundle, String displayId, boolean update);

    /**
     * Asks the front end for one line of input and waits for it.
     *
     * @throws IOException with a message saying why when the front end does not allow input
     */
    String input(String prompt, boolean password) throws IOException;
}
