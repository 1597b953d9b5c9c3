package org.gillab.display;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The renderer registry: turns any value into a {@link MimeBundle}, for display() and for a cell's
 * execute_result. A renderer is registered for a class and applies to its subclasses and implementors;
 * the most specific registration wins (the class itself, then its superclasses nearest first, then
 * its interfaces). Packages above display register theirs through {@link RendererProvider}, found with
 * {@link ServiceLoader} the first time a value is rendered, so the kernel needs no import of them.
 */
public final class Renderers {
    private static final Map<Class<?>, Function<Object, MimeBundle>> BY_CLASS = new ConcurrentHashMap<>();
    private static volatile boolean providersLoaded;

    private Renderers() {}

    /** Registers (or replaces) the renderer for values of {@code type} and its subtypes. */
    public static <T> void register(Class<T> type, Function<? super T, MimeBundle> renderer) {
        BY_CLASS.put(type, value -> renderer.apply(type.cast(value)));
    }

    /** The bundle for {@code value}: its most specific renderer's, or its text (toString(), arrays element-wise) as text/plain. */
    public static MimeBundle render(Object value) {
        if (value instanceof MimeBundle bundle) {
            return bundle;
        }
        if (value == null) {
            return MimeBundle.text("null");
        }
        loadProviders();
        Function<Object, MimeBundle> renderer = find(value.getClass());
        return renderer == null ? MimeBundle.text(plainText(value)) : renderer.apply(value);
    }

    /** toString(), except that arrays show their elements rather than their identity hash. */
    private static String plainText(Object value) {
        return value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "") : String.valueOf(value);
    }

    private static Function<Object, MimeBundle> find(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Function<Object, MimeBundle> renderer = BY_CLASS.get(c);
            if (renderer != null) {
                return renderer;
            }
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                Function<Object, MimeBundle> renderer = find(i);
                if (renderer != null) {
                    return renderer;
                }
            }
        }
        return null;
    }

    /** Registers every provider's renderers and warms them up (see {@link RendererProvider#warmUpSteps}). */
    public static void warmUp() {
        warmUpSteps().forEach(Runnable::run);
    }

    /** Registers every provider's renderers; returns their warm-up steps, in order, for the caller to run. */
    public static List<Runnable> warmUpSteps() {
        loadProviders();
        List<Runnable> steps = new ArrayList<>();
        providers().forEach(provider -> steps.addAll(provider.warmUpSteps()));
        return steps;
    }

    private static void loadProviders() {
        if (providersLoaded) {
            return;
        }
        synchronized (Renderers.class) {
            if (!providersLoaded) {
                providers().forEach(RendererProvider::registerRenderers);
                providersLoaded = true;
            }
        }
    }

    private static ServiceLoader<RendererProvider> providers() {
        return ServiceLoader.load(RendererProvider.class, Renderers.class.getClassLoader());
    }
}
