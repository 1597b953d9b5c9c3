package org.gillab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The arguments of {@code gil-lab install}, with the meaning {@code jupyter kernelspec install} gives
 * them: one of {@code --user} (the default here), {@code --sys-prefix}, {@code --prefix DIR}, plus the
 * kernel's {@code --name} and, as ipykernel's installer has it, its {@code --display-name}; and ours,
 * {@code --no-cds}, which skips the class-data archive.
 */
record InstallOptions(Scope scope, Path prefix, String name, String displayName, boolean classDataArchive) {

    enum Scope { USER, SYS_PREFIX, PREFIX }

    static final String DEFAULT_NAME = "gil-lab";

    static final String USAGE = """
            usage: java -jar gil-lab.jar install [--user | --sys-prefix | --prefix DIR] [--name NAME]
                                                 [--display-name TEXT] [--no-cds]
              --user           install for the current user (the default): $JUPYTER_DATA_DIR/kernels/NAME,
                               else ~/.local/share/jupyter/kernels/NAME (~/Library/Jupyter on macOS,
                               %APPDATA%\\jupyter on Windows)
              --sys-prefix     install into PREFIX/share/jupyter/kernels/NAME, where PREFIX is the prefix
                               of the `jupyter` found on PATH (a JVM has no sys.prefix of its own: the
                               Python environment that runs `jupyter` is the one meant), or /usr/local
                               when no `jupyter` is on PATH
              --prefix DIR     install into DIR/share/jupyter/kernels/NAME; Jupyter finds it when
                               JUPYTER_PATH includes DIR/share/jupyter
              --name NAME      the kernel's name (default gil-lab): letters, digits, '-', '.', '_'
              --display-name TEXT
                               the name shown in front ends (default "Java (GIL Lab)")
              --no-cds         do not make the class-data archive: install then takes a second instead of
                               about ten, and every kernel start takes about twice as long
            kernel.json runs this java and this jar with their absolute paths, and the class-data archive
            (CDS; an AOT cache on Java 25+) that a training run of the kernel makes next to it is valid
            for them only: install again after moving either or rebuilding the jar (a kernel whose
            archive is stale still starts, only slower).
            """;

    /** Mirrors jupyter_client.kernelspec's _kernel_name_pat, which names are also lower-cased by. */
    private static final Pattern KERNEL_NAME = Pattern.compile("[a-z0-9._-]+");

    /** Parses the arguments that follow "install"; a clear IllegalArgumentException for bad ones. */
    static InstallOptions parse(String... args) {
        Scope scope = null;
        Path prefix = null;
        String name = DEFAULT_NAME;
        String displayName = null;
        boolean classDataArchive = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--user" -> scope = chooseScope(scope, Scope.USER, arg);
                case "--sys-prefix" -> scope = chooseScope(scope, Scope.SYS_PREFIX, arg);
                case "--prefix" -> {
                    scope = chooseScope(scope, Scope.PREFIX, arg);
                    prefix = Path.of(valueOf(args, ++i, arg, "DIR"));
                }
                case "--name" -> name = kernelName(valueOf(args, ++i, arg, "NAME"));
                case "--display-name" -> displayName = valueOf(args, ++i, arg, "TEXT");
                case "--no-cds" -> classDataArchive = false;
                default -> throw new IllegalArgumentException(arg.startsWith("-")
                        ? "unknown option " + arg
                        : "unexpected argument '" + arg + "' (install takes options only)");
            }
        }
        return new InstallOptions(scope == null ? Scope.USER : scope, prefix, name, displayName, classDataArchive);
    }

    private static Scope chooseScope(Scope chosen, Scope wanted, String option) {
        if (chosen != null && chosen != wanted) {
            throw new IllegalArgumentException(
                    option + " conflicts with an earlier option: choose one of --user, --sys-prefix, --prefix DIR");
        }
        return wanted;
    }

    private static String valueOf(String[] args, int index, String option, String what) {
        if (index >= args.length || args[index].startsWith("--") || args[index].isBlank()) {
            throw new IllegalArgumentException(option + " needs a " + what + ", e.g. " + option + " " + example(what));
        }
        return args[index];
    }

    private static String example(String what) {
        return switch (what) {
            case "DIR" -> "target/jupyter";
            case "NAME" -> "gil-lab-jdk25";
            default -> "\"Java 25 (GIL Lab)\"";
        };
    }

    private static String kernelName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!KERNEL_NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("invalid kernel name '" + name
                    + "': use only ASCII letters, digits and the separators - . _");
        }
        return lower;
    }
}
