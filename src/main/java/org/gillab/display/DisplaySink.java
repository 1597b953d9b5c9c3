package org.gillab.display;

/**
 * Where {@link Display} sends bundles. The kernel installs one per running cell (see
 * {@link Display#installSinkLookup}); with no sink, Display prints the text/plain form instead.
 */
public interface DisplaySink {
    /** Shows a new output (Jupyter's display_data). */
    void show(MimeBundle bundle, String displayId);

    /** Replaces the output shown earlier under {@code displayId} (Jupyter's update_display_data). */
    void update(MimeBundle bundle, String displayId);
}
