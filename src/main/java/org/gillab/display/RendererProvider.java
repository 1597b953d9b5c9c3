package org.gillab.display;

import java.util.List;

/**
 * A package's renderers, registered with {@link Renderers#register} when the registry is first used.
 * Implementations are listed in META-INF/services/org.gillab.display.RendererProvider.
 */
public interface RendererProvider {
    void registerRenderers();

    /**
     * The slow first-use work of this package's renderers (class loading, fonts, caches), done ahead of
     * time so that a notebook's first chart is quick. The kernel runs the steps in the background at start,
     * in order, each between cells: a cell that starts meanwhile waits for the step in progress, so keep
     * each one short (a few hundred milliseconds at most).
     */
    default List<Runnable> warmUpSteps() {
        return List.of();
    }
}
