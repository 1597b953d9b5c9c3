package org.gillab.evaluator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The cells' JShell, replaced by a new one once it has grown. A JShell keeps every snippet it ever
 * evaluated, the class of each and its compiler's view of them (javac lists every class ever compiled
 * in package REPL for every cell), so each cell compiled a little slower than the one before and the
 * heap grew: measured over 3,000 small cells, 48 ms a cell at first, 82 ms by cell 1,000 and 302 ms by
 * cell 3,000, RSS +14% from cell 100 to 1,000.
 *
 * <p>Once a generation has loaded {@link #CLASSES_PER_GENERATION} classes, the next cell starts by
 * making a new JShell and carrying the user's declarations over to it; the old one is then closed and
 * collected, all but the classes still in use. Variables and classes are carried over as they are, by
 * imports of the classes that hold them ({@link CarriedImports}, {@link CarriedClassFiles}): values,
 * static state and the identity of classes (their instances in variables) stay. Methods, imports and
 * declarations that were waiting for something undeclared are evaluated again from their source, as
 * JShell itself does when what they depend on changes. A cell that declares a carried name again
 * replaces it, as in one JShell.
 *
 * <p>One difference from a single JShell remains: a class declared before a renewal keeps using the
 * variables and methods it used then, when a later cell declares them again (one JShell would
 * recompile the class, as a new class).
 */
final class ShellGenerations implements AutoCloseable {
    /**
     * About 250 cells of a few statements each. Within a generation a cell costs about 8 ms more per
     * 1,000 classes; a renewal costs a few hundred ms, once per generation.
     */
    static final int CLASSES_PER_GENERATION = 1000;

    /** One JShell and what works on it. */
    record Generation(JShell shell, GenerationLoader loader, CellRunner runner, CodeAssist assist, CarriedImports carried, Set<Snippet> startup) {}

    private final SnippetClassLoader loader = new SnippetClassLoader();
    private final SnippetFrames frames = new SnippetFrames();
    private final CarriedClassFiles carriedClassFiles = new CarriedClassFiles();
    private final Tracebacks tracebacks = new Tracebacks();
    /** The magics, one set for the session: a cell magic's state (%%python's sessions) outlives renewals. */
    private final Magics magics = Magics.load(() -> current().shell());
    private volatile Generation current;
    /** When renewing failed: how many classes the generation loads before the next try. */
    private int renewAt = CLASSES_PER_GENERATION;

    /** @param cellWaiting whether a cell is already waiting for the first JShell */
    ShellGenerations(BooleanSupplier cellWaiting) {
        current = create(0);
        ShellStartup.warmUp(current.shell(), cellWaiting);
    }

    /** The JShell cells run in now, and what works on it. */
    Generation current() {
        return current;
    }

    /**
     * Replaces the JShell by a new one holding the same declarations when it has loaded enough classes;
     * call it between cells, on the thread that runs them. When the declarations cannot be carried over
     * (a bug), the kernel keeps the JShell it has, says why on its log and tries again later.
     */
    void renewIfGrown() {
        Generation old = current;
        if (old.loader().loadedClasses() < renewAt) {
            return;
        }
        long started = System.nanoTime();
        Generation next = null;
        try {
            next = create(old.loader().names().generation() + 1);
            carryOver(old, next);
        } catch (RuntimeException | Error e) {
            // whatever went wrong (a bug, JShell's or ours; the heap full), the cells keep a JShell that works
            if (next != null) {
                next.shell().close();
            }
            renewAt += CLASSES_PER_GENERATION;
            System.err.println("gil-lab kernel: could not renew the cells' JShell, keeping the one it has: " + e);
            return;
        }
        renewAt = CLASSES_PER_GENERATION;
        current = next;
        old.shell().close();
        // The old JShell, most of the heap's old generation, is garbage from now on: collected at once, it
        // leaves the old generation compact instead of filling it, and the kernel's RSS, up to the next
        // full collection. A full collection of the kernel's live objects takes tens of ms, once a generation.
        System.gc();
        System.err.printf(Locale.ROOT, "gil-lab kernel: renewed the cells' JShell after %d classes, in %.0f ms%n",
                old.loader().loadedClasses(), (System.nanoTime() - started) / 1e6);
    }

    private Generation create(int generation) {
        GenerationLoader generationLoader = new GenerationLoader(loader, new GenerationNames(generation));
        JShell shell = ShellStartup.configured(generationLoader, frames, carriedClassFiles);
        CarriedImports carried = new CarriedImports(shell);
        Set<Snippet> startup = Set.copyOf(shell.snippets().toList());
        return new Generation(shell, generationLoader, new CellRunner(shell, magics, tracebacks, carried),
                new CodeAssist(shell.sourceCodeAnalysis(), magics), carried, startup);
    }

    /**
     * Declares in {@code next} what {@code old} has: first the class path and imports, then the variables
     * and classes (imported from their classes), then the rest from its source.
     */
    private void carryOver(Generation old, Generation next) {
        JShell from = old.shell();
        old.loader().addedClassPath().forEach(next.shell()::addToClasspath);
        List<Snippet> imports = new ArrayList<>();
        List<Snippet> kept = new ArrayList<>();
        List<Snippet> again = new ArrayList<>();
        from.snippets()
                .filter(s -> s.kind().isPersistent() && from.status(s).isActive() && !old.startup().contains(s))
                .filter(s -> s.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                .forEach(s -> (s.kind() == Snippet.Kind.IMPORT ? imports
                        : CarriedImports.key(s) != null && from.status(s) == Snippet.Status.VALID ? kept : again).add(s));
        Set<String> origins = new HashSet<>();
        for (Snippet s : imports) {
            Snippet evaluated = evaluate(next, s.source(), Snippet.Status.VALID);
            String key = old.carried().keyOf(s);
            if (key != null) {
                next.carried().add(key, evaluated);
            }
        }
        SourceCodeAnalysis analysis = from.sourceCodeAnalysis();
        for (Snippet s : kept) {
            SourceCodeAnalysis.SnippetWrapper wrapper = analysis.wrapper(s);
            String wrapperClass = old.loader().names().runtime(wrapper.fullClassName());
            old.loader().loadedNames().stream()
                    .filter(name -> name.equals(wrapperClass) || name.startsWith(wrapperClass + "$"))
                    .forEach(name -> carriedClassFiles.add(name, old.loader().classFile(name)));
            frames.carry(wrapperClass, s.id(), snippetLines(wrapper));
            String name = ((DeclarationSnippet) s).name();
            String importSource = s.kind() == Snippet.Kind.VAR
                    ? "import static " + wrapperClass + "." + name + ";"
                    : "import " + wrapperClass + "." + name + ";";
            next.carried().add(CarriedImports.key(s), evaluate(next, importSource, Snippet.Status.VALID));
        }
        for (Snippet s : again) {
            Snippet evaluated = evaluate(next, s.source(), null);
            tracebacks.copyOrigin(s.id(), evaluated.id());
            origins.add(evaluated.id());
        }
        origins.addAll(frames.snippetIds());
        tracebacks.retainOnly(origins);
    }

    /**
     * Evaluates a carried declaration in {@code generation}; it must end {@code expected}, or at least
     * active when that is null (a method may wait for another one).
     */
    private static Snippet evaluate(Generation generation, String source, Snippet.Status expected) {
        SnippetEvent event = generation.shell().eval(source).stream()
                .filter(e -> e.causeSnippet() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("JShell ignored " + source));
        boolean fine = expected == null ? event.status().isActive() : event.status() == expected;
        if (!fine) {
            String problems = generation.shell().diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList().toString();
            throw new IllegalStateException(source + " became " + event.status() + " " + problems);
        }
        return event.snippet();
    }

    /** For each line of the snippet's wrapper class (1-based), the line of the snippet its code comes from. */
    private static int[] snippetLines(SourceCodeAnalysis.SnippetWrapper wrapper) {
        String wrapped = wrapper.wrapped();
        String source = wrapper.source();
        int[] lines = new int[(int) wrapped.chars().filter(c -> c == '\n').count() + 2];
        int lineStart = 0;
        for (int line = 1; lineStart <= wrapped.length(); line++) {
            int lineEnd = wrapped.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? wrapped.length() : lineEnd;
            int code = lineStart;
            while (code < lineEnd && Character.isWhitespace(wrapped.charAt(code))) {
                code++;
            }
            int position = Math.min(wrapper.wrappedToSourcePosition(code), source.length());
            lines[line] = position < 0 ? 0 : (int) source.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    /** The cell magics (loaded now if no cell has named one yet): for the background warm-up. */
    Collection<CellMagic> cellMagics() {
        return magics.cellMagics().values();
    }

    /** Stops what the current generation runs and closes it. */
    @Override
    public void close() {
        current.shell().stop();
        current.runner().interrupt();
        magics.close();
        current.shell().close();
    }
}
