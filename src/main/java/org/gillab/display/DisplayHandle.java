package org.gillab.display;

/**
 * An output shown by {@link Display#display}, which {@link #update} replaces in place (Jupyter's
 * update_display_data), as IPython's {@code DisplayHandle} does: {@code var bar = display(html("0%"));
 * bar.update(html("50%"));}. A cell whose value is a handle shows nothing more: the output is already there.
 */
public final class DisplayHandle {
    private final String displayId;

    DisplayHandle(String displayId) {
        this.displayId = displayId;
    }

    /** The display id the front end knows this output by (the transient display_id of its messages). */
    public String id() {
        return displayId;
    }

    /** Replaces this output with {@code value}'s rendering, wherever the output is, also from a later cell. */
    public void update(Object value) {
        Display.updateDisplay(this, value);
    }

    @Override
    public String toString() {
        return "DisplayHandle[display_id=" + displayId + "]";
    }
}
