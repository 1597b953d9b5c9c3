package org.gillab.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the project's notebooks are: {@code notebooks/} under the current directory, else under the
 * repository root, which is the parent of the directory holding gil-lab.jar (the jar is target/gil-lab.jar).
 */
final class ProjectLayout {
    static final String NOTEBOOKS = "notebooks";

    private ProjectLayout() {}

    /** The notebooks directory, or a clear error naming the places that were tried. */
    static Path notebooks() {
        List<Path> tried = new ArrayList<>();
        tried.add(Path.of(NOTEBOOKS).toAbsolutePath());
        repositoryRoot().ifPresent(root -> tried.add(root.resolve(NOTEBOOKS)));
        for (Path candidate : tried) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalArgumentException("no notebooks directory found (tried "
                + String.join(", ", tried.stream().map(Path::toString).toList())
                + "): run this from the gil-lab checkout, or name the directory on the command line");
    }

    /** The checkout: the parent of target/, which holds gil-lab.jar (or classes/, when run from an IDE or a test). */
    private static Optional<Path> repositoryRoot() {
        try {
            Path location = Path.of(ProjectLayout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(location.getParent()).map(Path::getParent);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
