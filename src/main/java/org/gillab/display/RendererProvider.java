package org.gillab.display;

/**
 * A package's renderers, registered with {@link Renderers#register} when the registry is first used.
 * Implementations are listed in META-INF/services/org.gillab.display.RendererProvider.
 */
public interface RendererProvider {
    void registerRenderers();

    /**
     * Does ahead of time the slow first-use work of this package's renderers (class loading, fonts,
     * caches), so that a notebook's first chart is quick. The kernel calls it in the background at start.
     */
    default void warmUp() {
    }
}
