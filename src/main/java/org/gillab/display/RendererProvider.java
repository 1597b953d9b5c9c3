package org.gillab.display;

/**
 * A package's renderers, registered with {@link Renderers#register} when the registry is first used.
 * Implementations are listed in META-INF/services/org.gillab.display.RendererProvider.
 */
public interface RendererProvider {
    void registerRenderers();
}
